package io.facadeswitch.proxy;

import java.nio.charset.StandardCharsets;

/**
 * Which application instance a connection belongs to, from its startup packet: the
 * {@code -c <option>=NAME} setting in {@code options} when present (for drivers that set
 * {@code application_name} only after connecting), else {@code application_name}. Names
 * PostgreSQL would cut (over 63 bytes of UTF-8) or that hold control characters are not trusted:
 * such a connection is anonymous and follows the active colour.
 */
final class InstanceIdentity {

    static final int MAX_LENGTH = 63;

    private InstanceIdentity() {
    }

    /** The instance name, or {@code null} for an anonymous connection. */
    static String of(StartupPacket.Startup startup, String optionName) {
        String fromOption = optionValue(startup.parameterText("options"), optionName);
        String name = fromOption != null ? fromOption : startup.settingText("application_name");
        if (name == null) {
            return null;
        }
        name = name.strip();
        if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH
                || name.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return name;
    }

    /** The value of {@code -c name=value} or {@code --name=value} in a startup {@code options} string. */
    static String optionValue(String options, String optionName) {
        return StartupOptions.value(options, optionName);
    }
}
