package io.facadeswitch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The logging set up in code: what logback.xml said, and a file of one's own still wins. */
class LoggingConfiguratorTest {

    @AfterEach
    void clear() {
        System.clearProperty(LoggingConfigurator.LEVEL_VARIABLE);
        System.clearProperty("logback.configurationFile");
    }

    @Test
    void theToolLogsAtItsLevelToStderrAndTheRestAtWarn() {
        System.setProperty(LoggingConfigurator.LEVEL_VARIABLE, "DEBUG");
        LoggerContext context = new LoggerContext();

        ExecutionStatus status = new LoggingConfigurator().configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.facadeswitch.cli.FacadeSwitchCommand").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("com.zaxxer.hikari.HikariPool").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.micronaut.http.server.netty.NettyHttpServer").getEffectiveLevel())
                .isEqualTo(Level.OFF);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(stderr.isStarted()).isTrue();
    }

    @Test
    void withoutALevelTheToolLogsWarningsOnly() {
        assumeTrue(System.getenv(LoggingConfigurator.LEVEL_VARIABLE) == null, "FACADE_LOG_LEVEL is set here");
        LoggerContext context = new LoggerContext();

        new LoggingConfigurator().configure(context);

        assertThat(context.getLogger("io.facadeswitch").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void aConfigurationFileOfOnesOwnIsLeftToLogback() {
        System.setProperty("logback.configurationFile", "/etc/facade-switch/logback.xml");
        LoggerContext context = new LoggerContext();

        assertThat(new LoggingConfigurator().configure(context)).isEqualTo(ExecutionStatus.NEUTRAL);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
    }
}
