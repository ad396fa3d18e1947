package io.facadeswitch.proxy;

import static io.facadeswitch.proxy.BackendMessage.IDLE;
import static io.facadeswitch.proxy.BackendMessage.IN_TRANSACTION;
import static io.facadeswitch.proxy.EmbeddedSession.loginCheck;
import static io.facadeswitch.proxy.EmbeddedSession.loginCheckAnswered;
import static io.facadeswitch.proxy.ProtocolMessage.authenticationOk;
import static io.facadeswitch.proxy.ProtocolMessage.bind;
import static io.facadeswitch.proxy.ProtocolMessage.bindComplete;
import static io.facadeswitch.proxy.ProtocolMessage.closeComplete;
import static io.facadeswitch.proxy.ProtocolMessage.closeStatement;
import static io.facadeswitch.proxy.ProtocolMessage.commandComplete;
import static io.facadeswitch.proxy.ProtocolMessage.copyData;
import static io.facadeswitch.proxy.ProtocolMessage.copyDone;
import static io.facadeswitch.proxy.ProtocolMessage.copyFail;
import static io.facadeswitch.proxy.ProtocolMessage.copyInResponse;
import static io.facadeswitch.proxy.ProtocolMessage.copyOutResponse;
import static io.facadeswitch.proxy.ProtocolMessage.dataRow;
import static io.facadeswitch.proxy.ProtocolMessage.errorResponse;
import static io.facadeswitch.proxy.ProtocolMessage.execute;
import static io.facadeswitch.proxy.ProtocolMessage.parse;
import static io.facadeswitch.proxy.ProtocolMessage.parseComplete;
import static io.facadeswitch.proxy.ProtocolMessage.query;
import static io.facadeswitch.proxy.ProtocolMessage.readyForQuery;
import static io.facadeswitch.proxy.ProtocolMessage.sync;
import static io.facadeswitch.routing.Colour.BLUE;
import static io.facadeswitch.routing.Colour.GREEN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The session between a client and its server, both {@code EmbeddedChannel}s, with real wire
 * bytes: what passes unchanged, and when a move happens, as {@link ProxySession}'s class comment
 * draws it. Every connection starts on blue; the routing then says green.
 */
class ProxySessionTest {

    private static final String COPY_IN = "COPY t FROM STDIN";

    private final EmbeddedSession proxy = EmbeddedSession.loggedIn(BLUE);
    private final EmbeddedSession.End client = proxy.client();
    private final EmbeddedSession.End server = proxy.server();

    @Test
    void aCopyFromStdinPassesUnchangedAndTheMoveWaitsForItsReadyForQuery() {
        client.sends(query(COPY_IN));
        server.sends(copyInResponse());
        proxy.routeTo(GREEN); // in the middle of the COPY
        client.sendsInPieces(5, copyData("1\tone\n"), copyData("2\ttwo\n"), copyData("3\tthree\n"), copyDone());
        server.sends(commandComplete("COPY 3"));

        assertThat(server.received()).as("the copy, and nothing of the proxy's").containsExactly(query(COPY_IN),
                copyData("1\tone\n"), copyData("2\ttwo\n"), copyData("3\tthree\n"), copyDone());
        server.sends(readyForQuery(IDLE));
        assertThat(client.received()).containsExactly(copyInResponse(), commandComplete("COPY 3"),
                readyForQuery(IDLE));
        assertMovesToGreen();
    }

    @Test
    void aCopyToStdoutPassesUnchangedAndTheMoveWaitsForItsReadyForQuery() {
        client.sends(query("COPY t TO STDOUT"));
        proxy.routeTo(GREEN);
        server.sendsInPieces(3, copyOutResponse(), copyData("1\tone\n"), copyData("2\ttwo\n"), copyDone(),
                commandComplete("COPY 2"));

        assertThat(client.received()).containsExactly(copyOutResponse(), copyData("1\tone\n"),
                copyData("2\ttwo\n"), copyDone(), commandComplete("COPY 2"));
        assertThat(server.received()).containsExactly(query("COPY t TO STDOUT"));
        server.sends(readyForQuery(IDLE));
        assertThat(client.received()).containsExactly(readyForQuery(IDLE));
        assertMovesToGreen();
    }

    @Test
    void aCopyTheClientFailsEndsAtABoundary() {
        client.sends(query(COPY_IN));
        server.sends(copyInResponse());
        proxy.routeTo(GREEN);
        client.sends(copyData("1\tone\n"), copyFail("the client gave up"));
        server.sends(errorResponse("57014", "COPY from stdin failed: the client gave up"));

        assertThat(server.received()).containsExactly(query(COPY_IN), copyData("1\tone\n"),
                copyFail("the client gave up"));
        server.sends(readyForQuery(IDLE));
        assertThat(client.received()).containsExactly(copyInResponse(),
                errorResponse("57014", "COPY from stdin failed: the client gave up"), readyForQuery(IDLE));
        assertMovesToGreen();
    }

    @Test
    void aCopyTheServerFailsEndsAtABoundaryAndTheClientsLateCopyDataFollowsTheMove() {
        client.sends(query(COPY_IN));
        server.sends(copyInResponse());
        proxy.routeTo(GREEN);
        client.sends(copyData("1\tone\n"));
        server.sends(errorResponse("22P02", "invalid input syntax for type integer"), readyForQuery(IDLE));

        assertThat(server.received()).as("at a boundary again: the verify").containsExactly(query(COPY_IN),
                copyData("1\tone\n"), closeStatement("facade_switch_check"), sync());
        assertThat(client.received()).containsExactly(copyInResponse(),
                errorResponse("22P02", "invalid input syntax for type integer"), readyForQuery(IDLE));
        assertThat(proxy.errorsPassedOn()).containsExactly("22P02");
        client.sends(copyData("2\ttwo\n"), copyDone()); // sent before the client read the error
        assertThat(server.received()).as("held during the move").isEmpty();
        server.sends(verifyAnswered());
        assertThat(server.received()).containsExactly(moveToGreen());
        server.sends(moveAnswered());
        assertThat(server.received()).as("then passed on; the idle server ignores them").containsExactly(
                copyData("2\ttwo\n"), copyDone());
        assertThat(proxy.colour()).isEqualTo(GREEN);
    }

    @Test
    void aCopyBegunByAnExecuteKeepsTheClientsBatchOpenUntilItsNextSync() {
        client.sends(parse(COPY_IN), bind(), execute(), sync());
        server.sends(parseComplete(), bindComplete(), copyInResponse());
        proxy.routeTo(GREEN);
        client.sends(copyData("1\tone\n"), copyDone());
        server.sends(commandComplete("COPY 1")); // the copy read that Sync: no ReadyForQuery

        assertThat(server.received()).as("no Sync of the proxy's into the open batch").containsExactly(
                parse(COPY_IN), bind(), execute(), sync(), copyData("1\tone\n"), copyDone());
        client.sends(sync());
        assertThat(server.received()).containsExactly(sync());
        server.sends(readyForQuery(IDLE));
        assertThat(client.received()).containsExactly(parseComplete(), bindComplete(), copyInResponse(),
                commandComplete("COPY 1"), readyForQuery(IDLE));
        assertMovesToGreen();
    }

    @Test
    void aRequestPipelinedBehindABusyOneRunsWhereTheConnectionWasAndTheMoveWaitsForBothToBeAnswered() {
        client.sends(parse("select 1"), bind(), execute(), sync());
        proxy.routeTo(GREEN);
        client.sends(parse("select 2"), bind(), execute(), sync()); // before the first is answered
        assertThat(server.received()).as("both, in order, nothing held").containsExactly(
                parse("select 1"), bind(), execute(), sync(), parse("select 2"), bind(), execute(), sync());

        server.sends(parseComplete(), bindComplete(), dataRow("1"), commandComplete("SELECT 1"), readyForQuery(IDLE));
        assertThat(server.received()).as("no move while the second is owed an answer").isEmpty();
        server.sends(parseComplete(), bindComplete(), dataRow("2"), commandComplete("SELECT 1"), readyForQuery(IDLE));
        assertThat(client.received()).containsExactly(
                parseComplete(), bindComplete(), dataRow("1"), commandComplete("SELECT 1"), readyForQuery(IDLE),
                parseComplete(), bindComplete(), dataRow("2"), commandComplete("SELECT 1"), readyForQuery(IDLE));
        assertMovesToGreen();

        client.sends(parse("select 3"), bind(), execute(), sync());
        assertThat(server.received()).containsExactly(parse("select 3"), bind(), execute(), sync());
    }

    @Test
    void aRequestAtIdleAfterAChangeIsHeldUnreadUntilTheMoveAndThenRunsOnTheNewColour() {
        proxy.routeTo(GREEN);
        assertThat(server.received()).as("the verify").containsExactly(verify());
        client.sendsInPieces(7, parse("select 1"), bind(), execute(), sync());
        assertThat(server.received()).as("held").isEmpty();

        server.sends(verifyAnswered());
        assertThat(server.received()).as("the move").containsExactly(moveToGreen());
        server.sends(moveAnswered());
        assertThat(server.received()).as("then the held request").containsExactly(
                parse("select 1"), bind(), execute(), sync());
        assertThat(client.received()).as("the proxy's own replies are dropped").isEmpty();
        assertThat(proxy.colour()).isEqualTo(GREEN);
    }

    @Test
    void repliesStillOwedToTheClientBeforeTheVerifysMarkerReachIt() {
        client.sends(sync()); // nothing but a Sync owed: worth a verify
        proxy.routeTo(GREEN);
        assertThat(server.received()).containsExactly(sync(), closeStatement("facade_switch_check"), sync());

        server.sendsInPieces(2, readyForQuery(IDLE), closeComplete(), readyForQuery(IDLE));
        assertThat(client.received()).as("the client's ReadyForQuery, not the verify's").containsExactly(
                readyForQuery(IDLE));
        assertThat(server.received()).containsExactly(moveToGreen());
        server.sends(moveAnswered());
        assertThat(proxy.colour()).isEqualTo(GREEN);
        assertThat(client.betweenMessages()).isTrue();
    }

    @Test
    void inATransactionNothingMovesAndAfterCommitTheMoveGoes() {
        client.sends(query("BEGIN"));
        server.sends(commandComplete("BEGIN"), readyForQuery(IN_TRANSACTION));
        proxy.routeTo(GREEN);
        client.sends(query("INSERT INTO t VALUES (1)"));
        server.sends(commandComplete("INSERT 0 1"), readyForQuery(IN_TRANSACTION));
        client.sends(query("COMMIT"));

        assertThat(server.received()).as("nothing of the proxy's in the transaction").containsExactly(
                query("BEGIN"), query("INSERT INTO t VALUES (1)"), query("COMMIT"));
        assertThat(proxy.colour()).isEqualTo(BLUE);
        server.sends(commandComplete("COMMIT"), readyForQuery(IDLE));
        assertThat(client.received()).containsExactly(commandComplete("BEGIN"), readyForQuery(IN_TRANSACTION),
                commandComplete("INSERT 0 1"), readyForQuery(IN_TRANSACTION), commandComplete("COMMIT"),
                readyForQuery(IDLE));
        assertMovesToGreen();
    }

    @Test
    void aMoveTheServerRefusesLeavesTheConnectionOnItsColourAndLetsTheHeldRequestOn() {
        proxy.routeTo(GREEN);
        assertThat(server.received()).containsExactly(verify());
        client.sends(query("select 1"));
        server.sends(verifyAnswered());
        assertThat(server.received()).containsExactly(moveToGreen());

        server.sends(closeComplete(), errorResponse("57014", "canceling statement due to statement timeout"),
                readyForQuery(IDLE));
        assertThat(server.received()).as("the held request, on blue, and no retry yet").containsExactly(
                query("select 1"));
        assertThat(client.received()).as("the refusal was the proxy's").isEmpty();
        assertThat(proxy.colour()).isEqualTo(BLUE);
        assertThat(proxy.moves()).isZero();
        assertThat(proxy.moveFailures()).isEqualTo(1);
        assertThat(proxy.movesInFlight()).isZero();
    }

    @Test
    void aResetOnAMovedConnectionIsFollowedByARestoreAtTheNextBoundary() {
        proxy.routeTo(GREEN);
        assertMovesToGreen();
        client.sends(query("RESET ALL"));
        server.sends(commandComplete("RESET"), readyForQuery(IDLE));
        assertThat(client.received()).containsExactly(commandComplete("RESET"), readyForQuery(IDLE));
        assertThat(server.received()).containsExactly(query("RESET ALL"), closeStatement("facade_switch_check"),
                sync());

        server.sends(verifyAnswered());
        assertThat(server.received()).as("the restore: search_path back on green if the reset put it on blue")
                .hasSize(6).contains(bind("facade_switch_check", "facade_switch_check", "facade_green"));
        server.sends(closeComplete(), parseComplete(), bindComplete(), dataRow("facade_green"),
                commandComplete("SELECT 1"), closeComplete(), readyForQuery(IDLE));
        assertThat(client.received()).isEmpty();
        assertThat(proxy.restores()).isEqualTo(1);
        assertThat(proxy.colour()).isEqualTo(GREEN);
    }

    @Test
    void theClientsFirstReadyForQueryAndItsEarlyRequestWaitForTheLoginCheck() {
        EmbeddedSession opening = EmbeddedSession.opened(BLUE);
        opening.client().sends(query("select 1")); // pipelined behind the startup packet
        opening.server().sends(authenticationOk(), readyForQuery(IDLE));
        assertThat(opening.server().received()).containsExactlyElementsOf(loginCheck());
        assertThat(opening.client().received()).containsExactly(authenticationOk());

        opening.server().sends(loginCheckAnswered("f"));
        assertThat(opening.client().received()).containsExactly(readyForQuery(IDLE));
        assertThat(opening.server().received()).containsExactly(query("select 1"));
        assertThat(opening.registered()).isTrue();
    }

    @Test
    void aSuperuserIsRefusedAfterTheLoginCheckAndNothingItSentRuns() {
        EmbeddedSession opening = EmbeddedSession.opened(BLUE);
        opening.client().sends(query("select 1"));
        opening.server().sends(authenticationOk(), readyForQuery(IDLE));
        assertThat(opening.server().received()).containsExactlyElementsOf(loginCheck());

        opening.server().sends(loginCheckAnswered("t"));
        assertThat(opening.client().received()).extracting(ProtocolMessage::type).containsExactly('R', 'E');
        assertThat(opening.server().received()).isEmpty();
        assertThat(opening.server().open()).isFalse();
        assertThat(opening.registered()).isFalse();
    }

    // ---- the move, as ProxySession's class comment draws it ---------------------------------

    private static ProtocolMessage[] verify() {
        return new ProtocolMessage[] {closeStatement("facade_switch_check"), sync()};
    }

    private static ProtocolMessage[] verifyAnswered() {
        return new ProtocolMessage[] {closeComplete(), readyForQuery(IDLE)};
    }

    private static ProtocolMessage[] moveToGreen() {
        return new ProtocolMessage[] {closeStatement("facade_switch_move"),
            parse("facade_switch_move", "SET search_path TO facade_green"),
            bind("facade_switch_move", "facade_switch_move"), execute("facade_switch_move"),
            closeStatement("facade_switch_move"), sync()};
    }

    private static ProtocolMessage[] moveAnswered() {
        return new ProtocolMessage[] {closeComplete(), parseComplete(), bindComplete(), commandComplete("SET"),
            closeComplete(), readyForQuery(IDLE)};
    }

    /** From the verify on: the verify, the move, their replies dropped, the connection green, counted once. */
    private void assertMovesToGreen() {
        assertThat(server.received()).as("the verify").containsExactly(verify());
        assertThat(proxy.colour()).isEqualTo(BLUE);
        server.sends(verifyAnswered());
        assertThat(server.received()).as("the move").containsExactly(moveToGreen());
        server.sends(moveAnswered());
        assertThat(client.received()).as("the proxy's own replies are dropped").isEmpty();
        assertThat(proxy.colour()).isEqualTo(GREEN);
        assertThat(proxy.moves()).isEqualTo(1);
        assertThat(proxy.movesInFlight()).isZero();
    }
}
