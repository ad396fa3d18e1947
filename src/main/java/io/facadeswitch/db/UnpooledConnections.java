package io.facadeswitch.db;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Connections of their own, outside the pool, to the pool's database as the pool's user: for
 * work that holds one for the replica's life (LISTEN, the health probe), so no pooled connection
 * is kept from the API, and each is closed for real.
 */
@Singleton
public final class UnpooledConnections {

    private final DataSource dataSource;

    UnpooledConnections(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A new connection with the pool's settings, and {@code extra} driver properties on top. */
    public Connection open(Properties extra) throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.putAll(extra);
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }
}
