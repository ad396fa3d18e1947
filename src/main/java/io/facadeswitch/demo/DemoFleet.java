package io.facadeswitch.demo;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Simulated application instances: each is a thread with its own pgjdbc connection through the
 * proxy, named by application_name, that reads products and now and then places an order.
 */
final class DemoFleet implements AutoCloseable {

    static final class App {
        final String name;
        final AtomicLong statements = new AtomicLong();
        final AtomicLong orders = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final Map<String, AtomicLong> errorsByState = new ConcurrentHashMap<>();

        App(String name) {
            this.name = name;
        }
    }

    private final List<App> apps = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Consumer<String> firstError;
    private volatile boolean running = true;

    private DemoFleet(Consumer<String> firstError) {
        this.firstError = firstError;
    }

    /** Connects {@code count} instances app-1.. through the proxy and starts their work. */
    static DemoFleet start(int count, int proxyPort, String user, String password, long customerId,
                           Consumer<String> firstError) throws SQLException {
        DemoFleet fleet = new DemoFleet(firstError);
        for (int i = 1; i <= count; i++) {
            App app = new App("app-" + i);
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("ApplicationName", app.name);
            properties.setProperty("assumeMinServerVersion", "10"); // sends application_name at startup
            Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + proxyPort
                    + "/postgres", properties);
            fleet.apps.add(app);
            Thread thread = new Thread(() -> fleet.work(connection, app, customerId), "demo-" + app.name);
            thread.setDaemon(true);
            fleet.threads.add(thread);
        }
        fleet.threads.forEach(Thread::start);
        return fleet;
    }

    private void work(Connection connection, App app, long customerId) {
        try (connection) {
            for (long n = 0; running; n++) {
                try {
                    if (n % 25 == 24) {
                        try (CallableStatement order = connection.prepareCall("CALL place_order(?, ?, ?, ?)")) {
                            order.setLong(1, customerId);
                            order.setArray(2, connection.createArrayOf("text", new Object[]{"DEMO-TEA"}));
                            order.setArray(3, connection.createArrayOf("int4", new Object[]{1}));
                            order.registerOutParameter(4, Types.BIGINT);
                            order.setNull(4, Types.BIGINT);
                            order.execute();
                            app.orders.incrementAndGet();
                        }
                    } else {
                        try (Statement statement = connection.createStatement();
                             ResultSet rows = statement.executeQuery("SELECT sum(price_cents) FROM products")) {
                            rows.next();
                        }
                    }
                    app.statements.incrementAndGet();
                } catch (SQLException e) {
                    if (app.errors.getAndIncrement() == 0) {
                        firstError.accept(app.name + " got its first error: " + e.getSQLState() + " "
                                + e.getMessage().lines().findFirst().orElse(""));
                    }
                    app.errorsByState.computeIfAbsent(String.valueOf(e.getSQLState()), s -> new AtomicLong())
                            .incrementAndGet();
                }
                Thread.sleep(20);
            }
        } catch (SQLException | InterruptedException e) {
            // the demo is over
        }
    }

    List<App> apps() {
        return apps;
    }

    long statements() {
        return apps.stream().mapToLong(a -> a.statements.get()).sum();
    }

    long errors() {
        return apps.stream().mapToLong(a -> a.errors.get()).sum();
    }

    String errorSummary() {
        StringBuilder text = new StringBuilder();
        for (App app : apps) {
            if (app.errors.get() > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(app.name).append(' ').append(app.errorsByState);
            }
        }
        return text.toString();
    }

    App app(String name) {
        return apps.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow();
    }

    long orders() {
        return apps.stream().mapToLong(a -> a.orders.get()).sum();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(5_000);
        }
    }
}
