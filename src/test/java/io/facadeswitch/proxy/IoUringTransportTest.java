package io.facadeswitch.proxy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.uring.IoUring;
import org.junit.jupiter.api.BeforeAll;

/** The proxy on io_uring, where the kernel allows it (a container's seccomp filter may not). */
class IoUringTransportTest extends TransportTrafficTest {

    @BeforeAll
    static void ioUringHere() {
        assumeTrue(IoUring.isAvailable(), () -> "io_uring is not available here: " + IoUring.unavailabilityCause());
    }

    @Override
    String transport() {
        return "io_uring";
    }
}
