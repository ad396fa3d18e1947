package io.facadeswitch.app;

import io.facadeswitch.SettingsCheck;
import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.ConnectionFailures;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.EmbeddedPostgresServer;
import io.facadeswitch.db.Liquibases;
import io.facadeswitch.db.ToolSessionMark;
import io.facadeswitch.drift.DriftCheck;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the services for one command: the embedded PostgreSQL when no URL is given, the
 * Micronaut context with its data source, and the migrated control schema.
 */
public final class SwitchContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchContext.class);

    private final ApplicationContext context;
    private final EmbeddedPostgresServer embedded;
    private final boolean installedControlSchema;
    private boolean closed;

    private final Thread shutdownHook = new Thread(this::close, "facade-switch-stop");
    private final CountDownLatch closedLatch = new CountDownLatch(1);

    private SwitchContext(ApplicationContext context, EmbeddedPostgresServer embedded, boolean installedControlSchema) {
        this.context = context;
        this.embedded = embedded;
        this.installedControlSchema = installedControlSchema;
        // On Ctrl-C or SIGTERM: the services stop first, then the embedded PostgreSQL they use.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * @param settings      where the database is
     * @param dataDirectory where the embedded server keeps its data when {@code settings} has no URL
     * @param properties    further configuration (facade.* settings) from the command line
     */
    public static SwitchContext start(ConnectionSettings settings, Path dataDirectory, Map<String, Object> properties) {
        return start(settings, dataDirectory, properties, ControlSchemaUse.INSTALL);
    }

    /**
     * @param controlSchema whether this command may create the control schema, or needs it there
     */
    public static SwitchContext start(ConnectionSettings settings, Path dataDirectory, Map<String, Object> properties,
                                      ControlSchemaUse controlSchema) {
        Liquibases.quiet();
        EmbeddedPostgresServer embedded = settings.embedded() ? EmbeddedPostgresServer.start(dataDirectory) : null;
        Map<String, Object> config = new HashMap<>(properties);
        if (embedded != null) {
            config.put("datasources.default.url", ToolSessionMark.mark(embedded.jdbcUrl()));
            config.put("datasources.default.username", "postgres");
            config.putIfAbsent("facade.app-roles", List.of(EmbeddedPostgresServer.DEMO_APP_ROLE));
        } else {
            config.put("datasources.default.url", ToolSessionMark.mark(settings.url()));
            if (settings.user() != null) {
                config.put("datasources.default.username", settings.user());
            }
            if (settings.password() != null) {
                config.put("datasources.default.password", settings.password());
            }
        }
        ApplicationContext context = null;
        try {
            long started = System.nanoTime();
            context = ApplicationContext.builder().properties(config).deduceEnvironment(false).banner(false).start();
            SettingsCheck.check(context);
            long contextMs = (System.nanoTime() - started) / 1_000_000;
            ControlSchema control = context.getBean(ControlSchema.class);
            ControlSchema.Migration migration = control.migrate(controlSchema == ControlSchemaUse.INSTALL);
            boolean installed = migration.installed();
            if (migration.ran()) {
                context.getBean(DriftCheck.class).installCapture(); // the event triggers, where they may be
            }
            long migratedMs = (System.nanoTime() - started) / 1_000_000 - contextMs;
            control.auditEntries();
            LOG.debug("services started: context {} ms, control schema {} ms, data layer {} ms", contextMs, migratedMs,
                    (System.nanoTime() - started) / 1_000_000 - contextMs - migratedMs);
            return new SwitchContext(context, embedded, installed);
        } catch (RuntimeException e) {
            if (context != null) {
                context.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            // A database that cannot be reached is told as such, not as the bean that needed it.
            String url = embedded != null ? embedded.jdbcUrl() : settings.url();
            throw ConnectionFailures.describe(url, e).<RuntimeException>map(failure -> failure).orElse(e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ApplicationContext context() {
        return context;
    }

    /** Whether this start created the control schema (the database had none). */
    public boolean installedControlSchema() {
        return installedControlSchema;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** The embedded server's JDBC URL, or {@code null} when a database was given. */
    public String embeddedUrl() {
        return embedded == null ? null : embedded.jdbcUrl();
    }

    public int embeddedPort() {
        return embedded == null ? -1 : embedded.port();
    }

    /** Stops the services and the embedded server; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: this close is the one it would do
            }
        }
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            closedLatch.countDown();
        }
    }

    /** Blocks until {@link #close()} has finished, e.g. run by the shutdown hook on Ctrl-C or SIGTERM. */
    public void awaitClose() throws InterruptedException {
        closedLatch.await();
    }
}
