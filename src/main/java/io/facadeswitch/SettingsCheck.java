package io.facadeswitch;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.env.Environment;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a {@code facade.*} value that cannot be read as its setting's type. Micronaut binds a
 * value it cannot convert as if it were absent, so {@code FACADE_PROXY_TLS_MODE=requre} would give
 * the default, {@code disable}, without a word; the settings records cannot see that, only the
 * value they got. Checked once, when a command's services start.
 */
public final class SettingsCheck {

    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "on", "off", "1", "0");
    private static final int SHOWN = 40;

    private SettingsCheck() {
    }

    /** @throws InvalidSetting naming the first setting whose value is not of its type */
    public static void check(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        for (BeanDefinition<?> definition : context.getBeanDefinitions(
                Qualifiers.byStereotype(ConfigurationProperties.class))) {
            Class<?> type = definition.getBeanType();
            Optional<String> prefix = definition.stringValue(ConfigurationProperties.class);
            if (!type.isRecord() || prefix.isEmpty() || !prefix.get().startsWith("facade")) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                check(environment, prefix.get() + "." + kebab(component.getName()), component.getType());
            }
        }
    }

    private static void check(Environment environment, String key, Class<?> type) {
        Optional<String> raw = environment.getProperty(key, String.class);
        if (raw.isEmpty()) {
            return;
        }
        String value = raw.get().trim();
        String expected = null;
        if (type == boolean.class || type == Boolean.class) {
            expected = BOOLEANS.contains(value.toLowerCase(Locale.ROOT)) ? null : "true or false";
        } else if (type.isEnum()) {
            expected = convertible(environment, key, type) ? null : "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        } else if (type == Duration.class) {
            expected = convertible(environment, key, type) ? null : "a duration such as 500ms, 10s or 5m"
                    + (value.matches("[0-9]+") ? " (a number needs its unit: " + value + "s)" : "");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            expected = convertible(environment, key, type) ? null : "a whole number";
        } else if (type == double.class || type == Double.class) {
            expected = convertible(environment, key, type) ? null : "a number";
        }
        if (expected != null) {
            throw new InvalidSetting(key + " (" + variable(key) + ") is \"" + shown(value) + "\", which is not "
                    + expected + "; it would have been read as its default: correct it or unset it");
        }
    }

    private static boolean convertible(Environment environment, String key, Class<?> type) {
        return environment.getProperty(key, type).isPresent();
    }

    static String kebab(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String shown(String value) {
        String printable = value.codePoints().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= SHOWN ? printable : printable.substring(0, SHOWN) + "…";
    }

    /** A setting whose value is not of its type. */
    public static final class InvalidSetting extends FacadeSwitchException {
        InvalidSetting(String message) {
            super(InputErrorCode.INVALID_INPUT, message, null);
        }
    }
}
