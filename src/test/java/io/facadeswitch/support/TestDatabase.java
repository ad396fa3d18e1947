package io.facadeswitch.support;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.db.ConnectionSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** One test class's database, with the few helpers tests need to look at it directly. */
public record TestDatabase(String url, String user, String password, String name) {

    public ConnectionSettings settings() {
        return new ConnectionSettings(url, user, password);
    }

    /** The switch's services on this database; {@code properties} are facade.* settings. */
    public SwitchContext start(Map<String, Object> properties) {
        return SwitchContext.start(settings(), Path.of("target", "unused-embedded"), new HashMap<>(properties));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public Connection connectAs(String role, String rolePassword) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", rolePassword);
        return DriverManager.getConnection(url, properties);
    }

    public void execute(String... sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        }
    }

    /** The first column of every row, as strings. */
    public List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    public String value(String sql) throws SQLException {
        List<String> values = column(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Creates a login role (cluster-wide, so named after this database) and returns its name. */
    public String createAppRole(String suffix) throws SQLException {
        String role = name + "_" + suffix;
        execute("DROP ROLE IF EXISTS " + role, "CREATE ROLE " + role + " LOGIN PASSWORD 'secret'");
        return role;
    }
}
