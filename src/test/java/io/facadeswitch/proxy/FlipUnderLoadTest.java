package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.support.ProxyTestBase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An application on HikariCP reads and writes through the facade while the colour flips back and
 * forth: the two releases keep the same columns, so nothing may fail, and every statement that
 * starts after the proxy applied a flip runs on the new colour.
 */
class FlipUnderLoadTest extends ProxyTestBase {

    private static final int THREADS = 6;
    private static final int FLIPS = 20;

    private record Seen(long startNanos, String colour) {
    }

    private record Flip(long requestedNanos, long appliedNanos, String colour) {
    }

    @Test
    void twentyFlipsUnderLoadCauseNoErrorLoseNoWriteAndLeaveNoStatementOnTheOldColour() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(proxyUrl());
        config.setUsername(appRole);
        config.setPassword("secret");
        config.setMaximumPoolSize(8);
        config.addDataSourceProperty("ApplicationName", "app-1");
        config.addDataSourceProperty("assumeMinServerVersion", "10");
        Queue<Seen> seen = new ConcurrentLinkedQueue<>();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        List<Flip> flips = new ArrayList<>();

        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            List<Future<?>> running_ = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean writer = t % 2 == 0;
                running_.add(workers.submit(() -> {
                    while (running.get()) {
                        long start = System.nanoTime();
                        try (Connection c = pool.getConnection()) {
                            seen.add(new Seen(start, writer ? insert(c, "flip-" + sequence.incrementAndGet(),
                                    acknowledged) : read(c)));
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                }));
            }
            Thread.sleep(300);
            long generation = server.watcher().current().generation();
            for (int i = 0; i < FLIPS; i++) {
                long requested = System.nanoTime();
                if (i % 2 == 0) {
                    routing().promote("tester", "flip " + i, null);
                } else {
                    routing().rollback("tester", "flip " + i, null);
                }
                generation++;
                awaitApplied(generation);
                Colour active = server.watcher().current().active();
                flips.add(new Flip(requested, System.nanoTime(), active.schema()));
                Thread.sleep(150);
            }
            running.set(false);
            for (Future<?> f : running_) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(errors).as("application errors").isEmpty();
        List<Seen> all = new ArrayList<>(seen);
        int checked = 0;
        for (int i = 0; i < flips.size(); i++) {
            Flip flip = flips.get(i);
            long until = i + 1 < flips.size() ? flips.get(i + 1).requestedNanos() : Long.MAX_VALUE;
            for (Seen s : all) {
                if (s.startNanos() > flip.appliedNanos() && s.startNanos() < until) {
                    assertThat(s.colour()).as("a statement started after flip %d was applied", i)
                            .isEqualTo(flip.colour());
                    checked++;
                }
            }
        }
        assertThat(checked).as("statements checked against a flip").isGreaterThan(FLIPS * 10);
        assertThat(db.value("SELECT count(*) FROM core.customer WHERE email LIKE 'flip-%'"))
                .as("every acknowledged write is there").isEqualTo(String.valueOf(acknowledged.size()));
        System.out.printf("flips under load: %d statements, %d checked against %d flips, %d writes%n", all.size(),
                checked, FLIPS, acknowledged.size());
    }

    private static String read(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT current_setting('search_path'), count(*)"
                + " FROM products p JOIN order_statuses o ON true")) {
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String insert(Connection c, String email, Queue<String> acknowledged) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO customers (email, full_name) VALUES (?, 'Flip')"
                + " RETURNING current_setting('search_path')")) {
            s.setString(1, email);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                String colour = rows.getString(1);
                acknowledged.add(email);
                return colour;
            }
        }
    }
}
