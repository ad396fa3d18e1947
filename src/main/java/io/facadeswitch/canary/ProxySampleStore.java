package io.facadeswitch.canary;

import io.facadeswitch.proxy.ProxySamples;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Keeps every replica's proxy figures in {@code facade_switch.proxy_samples}, where the analysis
 * sums them per window ({@link RolloutStore#figures}); the SQLSTATEs that flush at once are the
 * analysis's own broken ones ({@code facade.rollout.analysis.broken-sql-states}).
 */
@Singleton
final class ProxySampleStore implements ProxySamples {

    private static final String INSERT = """
            INSERT INTO facade_switch.proxy_samples (replica, colour, instance, statements, errors, requests,
                                                     latency_sum_ms, latency_sq_ms, sqlstates)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Set<String> broken;

    ProxySampleStore(DataSource dataSource, ObjectMapper json, AnalysisSettings analysis) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.json = json;
        this.broken = Set.copyOf(analysis.brokenSqlStates());
    }

    @Override
    public void store(String replica, List<Sample> samples) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            for (Sample sample : samples) {
                insert.setString(1, replica);
                insert.setString(2, sample.colour());
                insert.setString(3, sample.instance());
                insert.setLong(4, sample.statements());
                insert.setLong(5, sample.errors());
                insert.setLong(6, sample.requests());
                insert.setDouble(7, sample.latencySumMs());
                insert.setDouble(8, sample.latencySqMs());
                insert.setString(9, json.writeValueAsString(sample.errorsBySqlState()));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    @Override
    public boolean urgent(String sqlState) {
        return broken.contains(sqlState);
    }
}
