package io.facadeswitch.cli;

import io.facadeswitch.Causes;
import io.facadeswitch.FacadeSwitchException;
import io.facadeswitch.InputErrorCode;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting that stops the services from starting, told in one line. Micronaut wraps what a
 * settings record or bean throws in exceptions whose messages carry the bean's "Path Taken" and
 * constructor signatures; the operator needs only the sentence inside and the name of the
 * setting and its environment variable.
 */
final class ConfigurationErrors {

    private static final Pattern SETTING = Pattern.compile("\\bfacade(?:\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern VALIDATED_BEAN = Pattern.compile("Validation failed for bean definition \\[([\\w.$]+)]");
    private static final String VIOLATIONS = "List of constraint violations:[";

    private ConfigurationErrors() {
    }

    /** What to tell for {@code error} when it is Micronaut failing to build a bean, else empty. */
    static Optional<CommandFailure> describe(Throwable error) {
        if (!framework(error)) {
            return Optional.empty();
        }
        List<Throwable> chain = Causes.chain(error);
        for (Throwable cause : chain.subList(1, chain.size())) {
            if (!framework(cause)) {
                return Optional.of(cause(cause));
            }
        }
        return Optional.of(setting(frameworkMessage(Causes.innermost(error).getMessage())));
    }

    private static boolean framework(Throwable error) {
        return error instanceof BeanContextException || error instanceof ConfigurationException;
    }

    /** What a settings record or bean threw: its own message, which names the setting. */
    private static CommandFailure cause(Throwable cause) {
        if (cause instanceof FacadeSwitchException known) {
            return CommandFailure.of(known.code(), withWhatToDo(withEnvironmentVariable(known.getMessage())));
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
            return setting(cause.getMessage());
        }
        return CommandFailure.of(CliErrorCode.UNEXPECTED.code(), cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + "; run again with --verbose for details");
    }

    /** A setting's value refused: {@code INVALID_INPUT}, naming its variable and what to do. */
    private static CommandFailure setting(String message) {
        return CommandFailure.of(InputErrorCode.INVALID_INPUT.code(), withWhatToDo(withEnvironmentVariable(message)));
    }

    /** Every line says what to do; a refused value that does not, gets the one thing there is to do. */
    private static String withWhatToDo(String message) {
        return message.contains("; ") || !SETTING.matcher(message).find() ? message
                : message + "; correct it or unset it";
    }

    /** The sentence in a Micronaut message: the constraint violations, or the line after "Message:". */
    private static String frameworkMessage(String message) {
        if (message == null) {
            return "the configuration could not be used";
        }
        Matcher bean = VALIDATED_BEAN.matcher(message);
        int list = message.indexOf(VIOLATIONS);
        if (bean.find() && list >= 0) {
            return violations(bean.group(1), message.substring(list + VIOLATIONS.length()));
        }
        for (String line : message.lines().toList()) {
            if (line.startsWith("Message: ")) {
                return line.substring("Message: ".length()).strip();
            }
        }
        return message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message).strip();
    }

    /** "io.facadeswitch.proxy.ProxySettings.port - must be ..." as "facade.proxy.port (FACADE_PROXY_PORT) must be ...". */
    private static String violations(String beanClass, String list) {
        String prefix = prefix(beanClass);
        List<String> told = new ArrayList<>();
        for (String line : list.lines().map(String::strip).toList()) {
            int dash = line.indexOf(" - ");
            if (!line.startsWith(beanClass + ".") || dash < 0) {
                continue;
            }
            String property = line.substring(beanClass.length() + 1, dash);
            String setting = prefix == null ? beanClass.substring(beanClass.lastIndexOf('.') + 1) + "." + property
                    : prefix + "." + kebab(property);
            told.add(setting + (prefix == null ? "" : " (" + environmentVariable(setting) + ")") + " "
                    + line.substring(dash + 3).strip());
        }
        return told.isEmpty() ? "invalid settings for " + beanClass : String.join("; ", told);
    }

    private static String prefix(String beanClass) {
        try {
            ConfigurationProperties properties = Class.forName(beanClass, false, ConfigurationErrors.class.getClassLoader())
                    .getAnnotation(ConfigurationProperties.class);
            return properties == null ? null : properties.value();
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Names the environment variable of the first setting a message names, unless it already does. */
    private static String withEnvironmentVariable(String message) {
        if (message == null) {
            return "the configuration could not be used";
        }
        Matcher setting = SETTING.matcher(message);
        if (!setting.find()) {
            return message;
        }
        String variable = environmentVariable(setting.group());
        return message.contains(variable) ? message : message + " (env " + variable + ")";
    }

    private static String kebab(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Micronaut binds FACADE_PROXY_PORT to facade.proxy.port: the way back. */
    static String environmentVariable(String setting) {
        return setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
