package io.facadeswitch.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The settings the tool's connections carry: the drift mark, and no JIT for its catalog queries. */
class ToolSessionMarkTest {

    private static final String BOTH = "options=-c%20facade_switch.session%3Dtool%20-c%20jit%3Doff";

    @Test
    void aPlainUrlGetsBothSettingsAsANewParameter() {
        assertThat(ToolSessionMark.mark("jdbc:postgresql://db:5432/app")).isEqualTo("jdbc:postgresql://db:5432/app?" + BOTH);
        assertThat(ToolSessionMark.mark("jdbc:postgresql://db/app?ssl=true#x"))
                .isEqualTo("jdbc:postgresql://db/app?ssl=true&" + BOTH + "#x");
    }

    @Test
    void optionsTheUrlHasAreKeptAndItsOwnJitWins() {
        assertThat(ToolSessionMark.mark("jdbc:postgresql://db/app?options=-c%20statement_timeout%3D5s&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/app?options=-c%20statement_timeout%3D5s%20-c%20facade_switch.session%3Dtool"
                        + "%20-c%20jit%3Doff&ssl=true");
        assertThat(ToolSessionMark.mark("jdbc:postgresql://db/app?options=-c%20jit%3Don"))
                .isEqualTo("jdbc:postgresql://db/app?options=-c%20jit%3Don%20-c%20facade_switch.session%3Dtool");
        assertThat(ToolSessionMark.mark("jdbc:postgresql://db/app?options=--jit%3Don")).doesNotContain("jit%3Doff");
        // A setting whose name merely ends in jit is someone else's.
        assertThat(ToolSessionMark.mark("jdbc:postgresql://db/app?options=-c%20my.nojit%3D1")).contains("jit%3Doff");
        String marked = ToolSessionMark.mark("jdbc:postgresql://db/app");
        assertThat(ToolSessionMark.mark(marked)).isEqualTo(marked);
    }

    @Test
    void aToolSessionRunsWithoutJitAndKeepsBothSettingsThroughDiscardAll() throws SQLException {
        TestDatabase db = TestPostgres.newDatabase();
        try (Connection connection = DriverManager.getConnection(ToolSessionMark.mark(db.url()), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            assertThat(settings(statement)).isEqualTo("off tool");
            statement.execute("SET jit = on");
            statement.execute("DISCARD ALL");
            assertThat(settings(statement)).isEqualTo("off tool");
        }
        try (Connection plain = db.connect(); Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('facade_switch.session', true) IS NULL")) {
            rows.next();
            assertThat(rows.getBoolean(1)).as("a connection without the mark is not the tool's").isTrue();
        }
    }

    private static String settings(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT current_setting('jit') || ' '"
                + " || current_setting('facade_switch.session')")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
