package io.facadeswitch.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one way tests get PostgreSQL: an external server when {@code FACADE_TEST_DATABASE_URL} is
 * set (a JDBC URL of a database whose user may create databases and roles), else a Testcontainers
 * PostgreSQL 18 when a Docker engine answers, else an embedded PostgreSQL 18. The server is
 * shared by the JVM; every test class gets a database of its own.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static Server server;
    private static Server defaultLimits;
    private static final Map<Integer, Server> OLDER = new HashMap<>();

    private TestPostgres() {
    }

    /** A new, empty database on the shared server. */
    public static synchronized TestDatabase newDatabase() {
        if (server == null) {
            server = startServer();
        }
        return createDatabase(server);
    }

    private static TestDatabase createDatabase(Server server) {
        String name = "facade_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + server.adminUrl(), e);
        }
        return new TestDatabase(server.urlOf(name), server.user(), server.password(), name);
    }

    /**
     * A new database on a server with PostgreSQL's default lock table: {@code max_connections =
     * 100}, {@code max_locks_per_transaction = 64}. Testcontainers and the embedded server start
     * one of their own for this; an external server is used as it is, and the caller checks it.
     */
    public static synchronized TestDatabase newDatabaseOnDefaultLockLimits() {
        if (server == null) {
            server = startServer();
        }
        if (defaultLimits == null) {
            defaultLimits = switch (server.kind()) {
                case "external" -> server;
                case "testcontainers" -> {
                    PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:18-alpine")
                            .withCommand("postgres", "-c", "max_connections=100", "-c", "max_locks_per_transaction=64");
                    container.start();
                    yield new Server("testcontainers", container.getJdbcUrl(), container.getUsername(),
                            container.getPassword());
                }
                default -> startEmbedded(Map.of("max_connections", "100", "max_locks_per_transaction", "64"));
            };
        }
        return createDatabase(defaultLimits);
    }

    /**
     * A new database on a PostgreSQL 17 server, one from before the server reported
     * {@code search_path} changes: the external server when it is older than 18, else a
     * Testcontainers {@code postgres:17-alpine}, else an embedded 17 from the binaries the build
     * copies beside the tests (Linux x86-64; elsewhere the calling test is skipped, saying why).
     */
    public static TestDatabase newDatabaseOnPostgres17() {
        return newDatabaseOnMajor(17);
    }

    /**
     * A new database on PostgreSQL 14, the oldest major version the tool supports (no {@code MERGE},
     * no {@code ... NULLS NOT DISTINCT}): the external server when it is a 14, else as for 17.
     */
    public static TestDatabase newDatabaseOnPostgres14() {
        return newDatabaseOnMajor(14);
    }

    /**
     * A new database on PostgreSQL 15, the major version of the machine's {@code pg_dump} (which
     * reads no newer server), for the rehearsal tests: the external server when it is a 15, else as for 17.
     */
    public static TestDatabase newDatabaseOnPostgres15() {
        return newDatabaseOnMajor(15);
    }

    /** The admin URL, user and password of the server {@link #newDatabaseOnPostgres15()} uses. */
    public static synchronized TestDatabase adminOfPostgres15() {
        newDatabaseOnMajor(15);
        Server older = OLDER.get(15);
        return new TestDatabase(older.adminUrl(), older.user(), older.password(), "postgres");
    }

    private static synchronized TestDatabase newDatabaseOnMajor(int major) {
        if (server == null) {
            server = startServer();
        }
        Server older = OLDER.get(major);
        if (older == null) {
            older = switch (server.kind()) {
                case "external" -> server.majorVersion() == major || (major == 17 && server.majorVersion() < 18)
                        ? server : startEmbeddedMajor(major);
                case "testcontainers" -> {
                    PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:" + major + "-alpine");
                    container.start();
                    yield new Server("testcontainers", container.getJdbcUrl(), container.getUsername(),
                            container.getPassword());
                }
                default -> startEmbeddedMajor(major);
            };
            OLDER.put(major, older);
        }
        return createDatabase(older);
    }

    private static Server startEmbeddedMajor(int major) {
        String jar = System.getProperty("facade.test.postgres" + major,
                "target/postgres-" + major + "/postgres-" + major + "-linux-amd64.jar");
        boolean linuxX64 = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && List.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
        Assumptions.assumeTrue(linuxX64 && Files.isRegularFile(Path.of(jar)), "PostgreSQL " + major + " binaries for"
                + " Linux x86-64 are copied to " + jar + " by the build (mvn process-test-resources); on other"
                + " platforms set FACADE_TEST_DATABASE_URL to a PostgreSQL " + major + " server");
        return startEmbedded(Map.of("max_connections", "50"), (system, hardware) -> {
            ZipFile zip = new ZipFile(jar);
            ZipEntry entry = zip.getEntry("postgres-linux-x86_64.txz");
            if (entry == null) {
                zip.close();
                throw new IOException(jar + " holds no postgres-linux-x86_64.txz");
            }
            return new FilterInputStream(zip.getInputStream(entry)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    zip.close();
                }
            };
        });
    }

    /** Which kind of server the tests run on: "external", "testcontainers" or "embedded". */
    public static synchronized String kind() {
        if (server == null) {
            server = startServer();
        }
        return server.kind();
    }

    private static Server startServer() {
        String external = System.getenv("FACADE_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated));
            return new Server("external", external, System.getenv().getOrDefault("FACADE_TEST_DATABASE_USER", "postgres"),
                    System.getenv("FACADE_TEST_DATABASE_PASSWORD"));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:18-alpine");
            container.start();
            return new Server("testcontainers", container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return startEmbedded(Map.of("max_connections", "200"));
    }

    private static Server startEmbedded(Map<String, String> config) {
        return startEmbedded(config, null);
    }

    private static Server startEmbedded(Map<String, String> config, PgBinaryResolver binaries) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (binaries != null) {
                builder.setPgBinaryResolver(binaries);
            }
            config.forEach(builder::setServerConfig);
            EmbeddedPostgres embedded = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data folder goes with it
                }
            }));
            // Built by hand: zonky's URL carries user=postgres, which would override every other login.
            return new Server("embedded", "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres",
                    null);
        } catch (IOException e) {
            throw new IllegalStateException("could not start an embedded PostgreSQL", e);
        }
    }

    /** On a server that outlives the tests, leave no test database or role behind. */
    private static void dropCreated() {
        try (Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement statement = admin.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                try (var roles = admin.createStatement().executeQuery(
                        "SELECT rolname FROM pg_roles WHERE rolname LIKE '" + name + "\\_%'")) {
                    while (roles.next()) {
                        admin.createStatement().execute("DROP ROLE IF EXISTS " + roles.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private record Server(String kind, String adminUrl, String user, String password) {
        int majorVersion() {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
                return admin.getMetaData().getDatabaseMajorVersion();
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the version of " + adminUrl, e);
            }
        }

        String urlOf(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }
}
