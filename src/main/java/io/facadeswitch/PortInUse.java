package io.facadeswitch;

import java.net.BindException;

/**
 * Whether a server failed to start because its port is taken. Netty's native transport reports
 * it as an {@code IOException} of its own ("bind(..) failed: Address already in use"), the JDK as
 * a {@link BindException}, and Micronaut wraps either; the operator needs only to hear "in use".
 */
public final class PortInUse {

    private PortInUse() {
    }

    public static boolean inUse(Throwable error) {
        return Causes.chain(error).stream()
                .anyMatch(t -> t instanceof BindException || String.valueOf(t.getMessage()).contains("already in use"));
    }
}
