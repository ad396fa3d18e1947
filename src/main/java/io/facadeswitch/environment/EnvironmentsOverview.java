package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Every environment side by side, each read from its own control schema with its own
 * credentials, all at once: an unreachable one is shown as such after at most the connection
 * timeout, and the others are still listed.
 */
public final class EnvironmentsOverview {

    private final Environments environments;
    private final EnvironmentConnections connections;

    public EnvironmentsOverview(Environments environments, Function<String, String> variables) {
        this.environments = environments;
        this.connections = new EnvironmentConnections(variables);
    }

    /** One row per environment, in promotion order; {@code localChangesets} counts what is pending where. */
    public List<EnvironmentRow> rows(String coreSchema, @Nullable Set<String> localChangesets) {
        return each(environment -> {
            try (Connection connection = connections.open(environment)) {
                return new ControlRecord(connection).row(environment, environments, coreSchema, localChangesets);
            }
        }, EnvironmentRow::unreachable);
    }

    /** The newest approval requests of each environment named (all when {@code only} is null). */
    public List<EnvironmentApprovals> approvals(@Nullable String only, int limit) {
        List<Environment> chosen = only == null ? environments.all() : List.of(environments.require(only));
        return each(chosen, environment -> {
            try (Connection connection = connections.open(environment)) {
                ControlRecord reader = new ControlRecord(connection);
                if (!reader.hasControlSchema()) {
                    return new EnvironmentApprovals(environment.name(), null, List.of());
                }
                return new EnvironmentApprovals(environment.name(), null, ApprovalStore.newest(connection,
                        environment.name(), Math.min(Math.max(limit, 1), Approvals.MAX_LIST)));
            }
        }, (environment, error) -> new EnvironmentApprovals(environment.name(), error, List.of()));
    }

    private <T> List<T> each(Read<T> read, Failed<T> failed) {
        return each(environments.all(), read, failed);
    }

    private <T> List<T> each(List<Environment> chosen, Read<T> read, Failed<T> failed) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, Math.max(1, chosen.size())), runnable -> {
            Thread thread = new Thread(runnable, "facade-envs");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Environment environment : chosen) {
                futures.add(pool.submit(() -> {
                    try {
                        return read.read(environment);
                    } catch (GateException e) {
                        return failed.failed(environment, e.getMessage());
                    } catch (SQLException | RuntimeException e) {
                        return failed.failed(environment, "could not read its record: " + e.getMessage());
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the environments", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Read<T> {
        T read(Environment environment) throws SQLException;
    }

    private interface Failed<T> {
        T failed(Environment environment, String error);
    }
}
