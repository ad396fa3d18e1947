package io.facadeswitch.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The tool's logging, set up in code: logback's XML configuration costs a command some 60 ms of
 * start-up (an XML parser and a few hundred classes) for what fits in a few lines. Logs go to
 * stderr (stdout carries command output and JSON documents); the tool's own loggers log at
 * {@code FACADE_LOG_LEVEL} (a system property or the environment; {@code WARN} by default,
 * {@code DEBUG} under {@code --verbose}), everything else at {@code WARN}. A configuration file of
 * one's own still wins: with {@code -Dlogback.configurationFile=...} this steps aside for it.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    /** The variable (or system property) that sets the level of the tool's own logs. */
    public static final String LEVEL_VARIABLE = "FACADE_LOG_LEVEL";
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";

    /** Loggers whose level differs from the root's WARN. */
    private static final Map<String, Level> QUIETER = Map.of(
            // Its one ERROR is a port in use at start, which serve itself reports in one line (API_HTTP_PORT_IN_USE).
            "io.micronaut.http.server.netty.NettyHttpServer", Level.OFF);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.NEUTRAL;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("io.facadeswitch").setLevel(Level.toLevel(level(), Level.WARN));
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static String level() {
        String level = System.getProperty(LEVEL_VARIABLE);
        return level != null ? level : System.getenv(LEVEL_VARIABLE);
    }
}
