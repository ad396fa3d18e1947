package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.replica.ProxySettlement;
import io.facadeswitch.replica.ReplicaRepository;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.WireClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where the server skips or answers requests in ways a naive count gets wrong, the same bytes go
 * to PostgreSQL directly and through the proxy: the client must get the same replies, each to its
 * own request, and the connection must still move at its next real boundary.
 */
class ServerProcessingOrderTest extends ProxyTestBase {

    @Test
    void aQueryAfterAFailedParseIsSkippedAsTheServerSkipsItSoTheConnectionIsIdleMovesAndFreesItsColour() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            for (WireClient client : List.of(direct, proxied)) {
                client.parse("", "selec 1");
                client.query("select 1"); // discarded by the server: it skips everything up to the Sync
                client.sync();
            }
            String expected = types(direct.readUntilReady());
            assertThat(expected).isEqualTo("EZ");
            assertThat(types(proxied.readUntilReady())).isEqualTo(expected);

            routing().promote("tester", "a flip after the failed batch", null);
            awaitApplied(3);
            // Nothing is sent meanwhile: the move must come from the proxy's own count of the batch.
            waitFor(() -> server.proxy().report().pending().isEmpty(), 5_000);
            assertThat(server.proxy().report().pendingBusy()).as("reported in a transaction").isZero();
            ProxySettlement settlement = settledAfterAHeartbeat(3);
            assertThat(settlement.busy()).as("what --wait would call still in a transaction").isZero();
            assertThat(colourOf(proxied)).as("the connection is at a boundary, so it moves").isEqualTo("facade_green");

            Path next = Fixtures.copy(Fixtures.FACADE_1_0_0);
            Fixtures.append(next.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");
            assertThat(deploy(next, "1.2.0")).as("a deploy into the colour the connection left")
                    .isInstanceOfSatisfying(DeployOutcome.Deployed.class, d -> assertThat(d.colour()).isEqualTo("blue"));
        }
    }

    /** What promote --wait sees once this replica's heartbeat carries its proxy's report; it must be settled. */
    private ProxySettlement settledAfterAHeartbeat(long generation) throws InterruptedException {
        double within = context.bean(RoutingSettings.class).liveWithinSeconds();
        ReplicaRepository replicas = context.bean(ReplicaRepository.class);
        server.heartbeat().reportSoon();
        waitFor(() -> ProxySettlement.of(replicas.live(within), generation).settled(), 5_000);
        return ProxySettlement.of(replicas.live(within), generation);
    }

    @Test
    void aSyncSentIntoAFailingCopyGetsItsOwnAnswerAndAMoveNeverTakesAnotherRequestsReplies() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            List<String> replies = new ArrayList<>();
            for (WireClient client : copyFailingWithASync(direct, proxied, new byte[0])) {
                replies.add(types(client.readUntilReady()) + types(client.readUntilReady()));
            }
            assertThat(replies.get(0)).isEqualTo("EZZ");
            assertThat(replies.get(1)).isEqualTo(replies.get(0));

            List<WireClient.Message> direct2 = answer(direct, "SELECT current_setting('search_path')");
            List<WireClient.Message> proxied2 = answer(proxied, "SELECT current_setting('search_path')");
            assertThat(types(proxied2)).isEqualTo(types(direct2)).isEqualTo("TDCZ");
            assertThat(row(proxied2)).contains("facade_green");
        }
    }

    @Test
    void aQuerySentRightBehindTheSyncGetsItsOwnRepliesAndRunsBeforeAnyMove() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            // The Sync's bare ReadyForQuery comes while the SELECT sleeps: taken for the SELECT's, a
            // move would go out now and swallow the SELECT's replies in place of its own.
            byte[] next = WireClient.message('Q',
                    "SELECT current_setting('search_path'), pg_sleep(0.3)\0".getBytes(StandardCharsets.UTF_8));
            List<String> replies = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            for (WireClient client : copyFailingWithASync(direct, proxied, next)) {
                List<WireClient.Message> all = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    all.addAll(client.readUntilReady());
                }
                replies.add(types(all));
                paths.add(row(all));
            }
            assertThat(replies.get(0)).isEqualTo("EZZTDCZ");
            assertThat(replies.get(1)).isEqualTo(replies.get(0));
            assertThat(paths.get(1)).as("sent before the move could be, it ran on the old colour").isEqualTo("facade_blue");
            assertThat(colourOf(proxied)).isEqualTo("facade_green");
        }
    }

    @Test
    void aTransactionBegunRightBehindTheSyncIsNeverMovedInto() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            // The sleep keeps the Sync's ReadyForQuery apart from the transaction's own.
            byte[] next = WireClient.message('Q', "BEGIN; SELECT pg_sleep(0.3)\0".getBytes(StandardCharsets.UTF_8));
            for (WireClient client : copyFailingWithASync(direct, proxied, next)) {
                assertThat(types(readies(client, 3))).isEqualTo("EZZCTDCZ");
            }
            Thread.sleep(200); // room for a move that should not come
            assertMovesOnlyAfterCommit(proxied);
        }
    }

    @Test
    void aQueryThatFailsAfterAGoodParseSkipsNothingAndNoMoveGoesIntoTheTransactionBehindIt() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            List<WireClient> clients = List.of(direct, proxied);
            flipWhileBusy(clients);
            for (WireClient client : clients) {
                // A Query's own error is not a batch's: PostgreSQL skips nothing after it.
                client.parse("", "select 1");
                client.query("select 1/0");
                client.query("BEGIN; SELECT pg_sleep(0.3)");
            }
            for (WireClient client : clients) {
                assertThat(types(readies(client, 3))).isEqualTo("TDCZ1EZCTDCZ");
            }
            assertMovesOnlyAfterCommit(proxied);
        }
    }

    @Test
    void aCloseBehindAFailedQueryGetsItsOwnCloseComplete() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            List<WireClient> clients = List.of(direct, proxied);
            flipWhileBusy(clients);
            for (WireClient client : clients) {
                client.parse("s1", "select 1");
                client.query("select 1/0");
                client.closeStatement("s1");
                client.sync();
            }
            for (WireClient client : clients) {
                assertThat(types(readies(client, 3))).isEqualTo("TDCZ1EZ3Z");
            }
            assertThat(colourOf(proxied)).isEqualTo("facade_green");
        }
    }

    @Test
    void aSyncSentWithACopyQueryIsReadByTheCopyAndTheConnectionStillMoves() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            List<WireClient> clients = List.of(direct, proxied);
            for (WireClient client : clients) {
                answer(client, "CREATE TEMP TABLE copied (x int)");
                client.query("COPY copied FROM STDIN");
                client.sync(); // before the CopyInResponse: the copy reads it, and ignores it
                assertThat(client.read().type()).as("CopyInResponse").isEqualTo('G');
            }
            routing().promote("tester", "a flip during the copy", null);
            awaitApplied(3);
            for (WireClient client : clients) {
                client.copyData("1\n");
                client.sync(); // inside the copy: ignored as well
                client.copyData("2\n");
                client.copyDone();
                assertThat(types(client.readUntilReady())).isEqualTo("CZ");
            }
            assertThat(colourOf(proxied)).as("no answer is owed, so it moves").isEqualTo("facade_green");
            assertThat(row(answer(proxied, "SELECT count(*) FROM copied"))).isEqualTo("2");
        }
    }

    @Test
    void anExtendedCopyKeepsTheClientsBatchOpenUntilItsOwnSync() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            List<WireClient> clients = List.of(direct, proxied);
            for (WireClient client : clients) {
                beginExtendedCopy(client, true); // libpq's PQexecParams: the Sync is read by the copy
            }
            routing().promote("tester", "a flip during the copy", null);
            awaitApplied(3);
            for (WireClient client : clients) {
                client.copyData("1\n");
                client.copyDone();
                client.flush(); // as libpq does: in a batch the server sends its replies only on a Flush or Sync
                assertThat(client.read().type()).as("the Execute's CommandComplete").isEqualTo('C');
            }
            Thread.sleep(200); // room for a move whose Sync would commit the copy on its own
            for (WireClient client : clients) {
                client.parse("", "select 1/0"); // fails the batch: the copied row goes with it
                client.bind("", "");
                client.execute("");
                client.sync();
                assertThat(types(client.readUntilReady())).as("the Bind fails: 1/0 is folded when planned")
                        .isEqualTo("1EZ");
                assertThat(row(answer(client, "SELECT count(*) FROM copied"))).isEqualTo("0");
            }
            assertThat(colourOf(proxied)).isEqualTo("facade_green");
        }
    }

    @Test
    void anExtendedCopyWithAFlushAndASyncInsideItMovesAfterItsOwnSync() throws Exception {
        try (WireClient direct = session(serverPort()); WireClient proxied = session(proxyPort())) {
            List<WireClient> clients = List.of(direct, proxied);
            for (WireClient client : clients) {
                beginExtendedCopy(client, false); // a pipeline: Flush now, the Sync comes later
            }
            routing().promote("tester", "a flip during the copy", null);
            awaitApplied(3);
            for (WireClient client : clients) {
                client.sync(); // inside the copy: ignored
                client.copyData("1\n");
                client.copyDone();
                client.sync();
                assertThat(types(client.readUntilReady())).isEqualTo("CZ");
            }
            assertThat(colourOf(proxied)).isEqualTo("facade_green");
            assertThat(row(answer(proxied, "SELECT count(*) FROM copied"))).isEqualTo("1");
        }
    }

    /** Parse, Bind and Execute of a COPY FROM STDIN, then a Sync or a Flush; up to its CopyInResponse. */
    private static void beginExtendedCopy(WireClient client, boolean sync) throws IOException {
        answer(client, "CREATE TEMP TABLE copied (x int)");
        client.parse("", "COPY copied FROM STDIN");
        client.bind("", "");
        client.execute("");
        if (sync) {
            client.sync();
        } else {
            client.flush();
        }
        assertThat(types(List.of(client.read(), client.read(), client.read()))).isEqualTo("12G");
    }

    private static List<WireClient.Message> readies(WireClient client, int count) throws IOException {
        List<WireClient.Message> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.addAll(client.readUntilReady());
        }
        return all;
    }

    /** A flip is pending and the client is inside a transaction: it moves when, and only when, that ends. */
    private void assertMovesOnlyAfterCommit(WireClient proxied) throws IOException {
        assertThat(colourOf(proxied)).as("inside the client's transaction").isEqualTo("facade_blue");
        answer(proxied, "COMMIT");
        assertThat(colourOf(proxied)).as("after it").isEqualTo("facade_green");
    }

    /** Each client runs a one-second query; a flip is applied meanwhile, so a move is due at once. */
    private void flipWhileBusy(List<WireClient> clients) throws Exception {
        for (WireClient client : clients) {
            client.query("SELECT pg_sleep(1)");
        }
        routing().promote("tester", "a flip while busy", null);
        awaitApplied(3);
    }

    /**
     * Both clients start a COPY FROM STDIN, a flip makes a move pending, and each sends good rows,
     * a bad value, a Sync and {@code next}: the Sync went through during the copy, but the server
     * reads it only after the COPY has failed, so it answers it, right after the failure's own
     * ReadyForQuery, when the proxy may want to start its move.
     */
    private List<WireClient> copyFailingWithASync(WireClient direct, WireClient proxied, byte[] next) throws Exception {
        List<WireClient> clients = List.of(direct, proxied);
        for (WireClient client : clients) {
            client.query("CREATE TEMP TABLE copied (x int)");
            client.readUntilReady();
            client.query("COPY copied FROM STDIN");
            assertThat(client.read().type()).as("CopyInResponse").isEqualTo('G');
        }
        routing().promote("tester", "a flip during the copy", null);
        awaitApplied(3);
        for (WireClient client : clients) {
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            byte[] rows = "1\n".repeat(32 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 16; i++) {
                batch.writeBytes(WireClient.message('d', rows));
            }
            batch.writeBytes(WireClient.message('d', "not a number\n".getBytes(StandardCharsets.UTF_8)));
            batch.writeBytes(WireClient.message('S', new byte[0]));
            batch.writeBytes(next);
            client.send(batch.toByteArray());
        }
        return clients;
    }

    private WireClient session(int port) throws IOException {
        WireClient client = WireClient.connect(port, 5_000);
        client.startup(Map.of("user", appRole, "database", db.name(), "application_name", "app-1"));
        return client;
    }

    private static List<WireClient.Message> answer(WireClient client, String sql) throws IOException {
        client.query(sql);
        return client.readUntilReady();
    }

    private static String colourOf(WireClient client) throws IOException {
        return row(answer(client, "SHOW search_path"));
    }

    /** The first column of the first DataRow. */
    private static String row(List<WireClient.Message> messages) {
        ByteBuffer body = ByteBuffer.wrap(
                messages.stream().filter(m -> m.type() == 'D').findFirst().orElseThrow().body());
        body.getShort();
        byte[] value = new byte[body.getInt()];
        body.get(value);
        return new String(value, StandardCharsets.UTF_8);
    }

    private int serverPort() {
        return URI.create(db.url().substring("jdbc:".length())).getPort();
    }

    /**
     * The replies' types, but for ParameterStatus: the server may send one at any time, and does
     * when a move changes search_path on a server that reports it.
     */
    private static String types(List<WireClient.Message> messages) {
        return messages.stream().filter(m -> m.type() != 'S').map(m -> String.valueOf(m.type()))
                .collect(Collectors.joining());
    }

}
