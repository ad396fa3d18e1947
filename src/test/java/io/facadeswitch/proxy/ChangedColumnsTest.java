package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client holding a server-side prepared statement sees when its connection moves to a
 * release in which the view's columns changed. PostgreSQL re-plans a cached statement when the
 * search_path changes, and refuses one whose result columns would change ("cached plan must not
 * change result type", SQLSTATE 0A000).
 */
class ChangedColumnsTest extends ServerTestBase {

    private SwitchServer server;

    @BeforeEach
    void productsGainAColumnOnGreen() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        Path wider = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Path views = wider.resolve("010_reference_views.sql");
        Files.writeString(views, Files.readString(views).replace("       p.price_cents\nFROM core.product AS p",
                "       p.price_cents,\n       p.price_cents / 100.0 AS price\nFROM core.product AS p"));
        Path checks = wider.resolve("tests/010_reference_data.sql");
        Files.writeString(checks, Files.readString(checks).replace("ARRAY['id', 'sku', 'name', 'price_cents']",
                "ARRAY['id', 'sku', 'name', 'price_cents', 'price']"));
        deploy(wider, "2.0.0");
        server = replica(Map.of());
        db.execute("INSERT INTO core.product (sku, name, price_cents, active) VALUES ('P-1', 'Pen', 250, true)");
    }

    @Test
    void aNamedPreparedStatementOnTheChangedViewFailsAfterTheMove() throws Exception {
        try (Connection app = connect(new Properties()); Statement statement = app.createStatement()) {
            statement.execute("PREPARE listing AS SELECT * FROM products");
            statement.execute("EXECUTE listing");
            flipAndAwait();

            assertThatThrownBy(() -> statement.execute("EXECUTE listing")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("cached plan must not change result type")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("0A000");
        }
    }

    @Test
    void pgjdbcOutsideTransactionsReplansByItselfAndSeesTheNewColumns() throws Exception {
        Properties eager = new Properties();
        eager.setProperty("prepareThreshold", "1"); // a named server-side statement from the first execution
        try (Connection app = connect(eager); PreparedStatement listing = app.prepareStatement("SELECT * FROM products")) {
            assertThat(columns(listing)).isEqualTo(4);
            assertThat(columns(listing)).isEqualTo(4);
            flipAndAwait();

            assertThat(columns(listing)).isEqualTo(5);
        }
    }

    @Test
    void insideATransactionTheFirstExecutionFailsUnlessPgjdbcUsesAutosaveConservative() throws Exception {
        Properties eager = new Properties();
        eager.setProperty("prepareThreshold", "1");
        try (Connection app = connect(eager); PreparedStatement listing = app.prepareStatement("SELECT * FROM products")) {
            columns(listing);
            columns(listing);
            flipAndAwait();
            app.setAutoCommit(false);
            // Even where PostgreSQL 18 reports the new search_path, pgjdbc reads that report only
            // with the replies to the statement it has already sent on the cached plan.
            assertThatThrownBy(() -> columns(listing)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("cached plan must not change result type");
            app.rollback();
            assertThat(columns(listing)).as("the next transaction re-prepares").isEqualTo(5);
            app.rollback();
        }

        Properties conservative = new Properties();
        conservative.setProperty("prepareThreshold", "1");
        conservative.setProperty("autosave", "conservative");
        try (Connection app = connect(conservative);
             PreparedStatement listing = app.prepareStatement("SELECT * FROM products")) {
            String before = searchPath(app);
            columns(listing);
            columns(listing);
            flipBack();
            app.setAutoCommit(false);
            assertThat(searchPath(app)).isNotEqualTo(before);
            assertThat(columns(listing)).as("autosave=conservative re-prepares inside the transaction").isEqualTo(
                    before.equals("facade_blue") ? 5 : 4);
            app.commit();
        }
    }

    private void flipAndAwait() throws InterruptedException {
        routing().promote("tester", "columns change", null);
        awaitApplied(server, 3);
    }

    private void flipBack() throws InterruptedException {
        long generation = server.watcher().current().generation();
        routing().rollback("tester", "back", null);
        awaitApplied(server, generation + 1);
    }

    private static int columns(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.getMetaData().getColumnCount();
        }
    }

    private Connection connect(Properties extra) throws SQLException {
        return connectThrough(server, "127.0.0.1", "app-1", extra);
    }
}
