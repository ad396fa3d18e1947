package io.facadeswitch.rehearsal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rehearsal needs to know of the environment's database before it starts.
 *
 * @param collate         {@code datcollate}, for a copy that sorts as the environment does
 * @param ctype           {@code datctype}
 * @param referenceTables the tables the environment's reference data has synchronized
 */
record SourceDatabase(String version, int major, String encoding, String collate, String ctype,
                      List<String> referenceTables) {

    static SourceDatabase read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String version;
            int major;
            String encoding;
            String collate;
            String ctype;
            try (ResultSet row = statement.executeQuery("SELECT current_setting('server_version'),"
                    + " current_setting('server_version_num')::int / 10000, pg_encoding_to_char(encoding), datcollate,"
                    + " datctype FROM pg_database WHERE datname = current_database()")) {
                row.next();
                version = row.getString(1).split(" ")[0];
                major = row.getInt(2);
                encoding = row.getString(3);
                collate = row.getString(4);
                ctype = row.getString(5);
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM facade_switch.reference_data")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return new SourceDatabase(version, major, encoding, collate, ctype, tables);
        }
    }
}
