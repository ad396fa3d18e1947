package io.facadeswitch.cli;

import io.facadeswitch.environment.Emergency;
import picocli.CommandLine.Option;

/** {@code --emergency} of the gated steps: through a closed window or freeze, where the environment allows it. */
final class EmergencyOption {

    @Option(names = "--emergency", description = "Go ahead although the environment's window is closed or a freeze"
            + " holds, where its gate allows that; needs --reason, and is audited as an emergency.")
    boolean asked;

    Emergency with(String reason) {
        return new Emergency(asked, reason);
    }

    /** The query parameters that carry it to a running switch, each after an {@code &}; empty when not asked. */
    String query(String reason) {
        return asked ? "&emergency=true" + (reason == null ? "" : "&reason=" + ApiClient.segment(reason)) : "";
    }
}
