package io.facadeswitch.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated application instances: one thread and one connection through the proxy each, running
 * one query in a loop with a short pause, counting statements and errors per instance.
 */
public final class AppTraffic implements AutoCloseable {

    /** Opens an instance's connection. */
    public interface Connector {
        Connection connect(String instance) throws SQLException;
    }

    public static final class Instance {
        public final String name;
        public final AtomicLong statements = new AtomicLong();
        public final AtomicLong errors = new AtomicLong();
        /** SQLSTATEs seen, with counts. */
        public final Map<String, AtomicLong> sqlStates = new ConcurrentHashMap<>();
        /** System.nanoTime() of the first error, 0 before. */
        public volatile long firstErrorNanos;

        Instance(String name) {
            this.name = name;
        }
    }

    private final List<Instance> instances = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private AppTraffic() {
    }

    /** Starts {@code names} running {@code sql} every {@code pauseMillis}. */
    public static AppTraffic start(Connector connector, String sql, long pauseMillis, String... names)
            throws SQLException {
        AppTraffic traffic = new AppTraffic();
        for (String name : names) {
            Connection connection = connector.connect(name);
            Instance instance = new Instance(name);
            traffic.instances.add(instance);
            Thread thread = new Thread(() -> traffic.loop(connection, instance, sql, pauseMillis), "app-" + name);
            thread.setDaemon(true);
            traffic.threads.add(thread);
        }
        traffic.threads.forEach(Thread::start);
        return traffic;
    }

    private void loop(Connection connection, Instance instance, String sql, long pauseMillis) {
        try (connection) {
            while (running) {
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                    instance.statements.incrementAndGet();
                } catch (SQLException e) {
                    instance.errors.incrementAndGet();
                    instance.sqlStates.computeIfAbsent(String.valueOf(e.getSQLState()), s -> new AtomicLong())
                            .incrementAndGet();
                    if (instance.firstErrorNanos == 0) {
                        instance.firstErrorNanos = System.nanoTime();
                    }
                }
                Thread.sleep(pauseMillis);
            }
        } catch (SQLException | InterruptedException e) {
            // the test is over
        }
    }

    public Instance instance(String name) {
        return instances.stream().filter(i -> i.name.equals(name)).findFirst().orElseThrow();
    }

    public List<Instance> instances() {
        return instances;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(5_000);
        }
    }
}
