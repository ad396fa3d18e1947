package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The queue against the server's rules (PostgresMain), one message sequence each: what the
 * client sends, then the replies PostgreSQL gives it. The wire tests
 * ({@link ServerProcessingOrderTest}) send the same sequences to PostgreSQL itself.
 */
class RequestQueueTest {

    private final RequestQueue queue = new RequestQueue();

    @Test
    void aQueryInsideABatchWithAFailedParseIsDiscardedUpToTheSync() {
        send("PQS");
        reply("EZ"); // Parse("selec 1") fails; the Query is skipped; the Sync answers

        assertThat(queue.answered()).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aQueryThatFailsAfterAParseIsItsOwnErrorAndSkipsNothing() {
        send("PQQ"); // Parse("select 1"), Query("select 1/0"), Query("BEGIN")
        reply("1EZ");

        assertThat(queue.isEmpty()).as("BEGIN is still to run").isFalse();
        assertThat(queue.onlySyncsPending()).isFalse();
        reply("CZ");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aCloseAfterAFailedQueryIsAnsweredByItsOwnCloseComplete() {
        send("PQCS");
        reply("1EZ");
        assertThat(queue.size()).as("the Close and the Sync").isEqualTo(2);
        reply("3Z");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void anErrorBeforeTheSyncIsSentDiscardsUntilItComes() {
        send("P");
        reply("E");
        send("QB"); // discarded by the server
        assertThat(queue.isEmpty()).isFalse();
        send("SQ"); // the Sync answers; the Query after it runs

        reply("Z");
        assertThat(queue.isEmpty()).isFalse();
        reply("TDCZ");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void anErrorAtTheSyncItselfIsFollowedByItsReadyForQuery() {
        send("PBES"); // the commit at the Sync fails (a deferred constraint)
        reply("12C");
        reply("E");
        assertThat(queue.isEmpty()).isFalse();
        reply("Z");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void describeOfAStatementEndsWithItsRowDescriptionOrNoData() {
        send("PDS");
        reply("1t");
        assertThat(queue.size()).isEqualTo(2);
        reply("T");
        assertThat(queue.size()).isEqualTo(1);
        reply("Z");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void theSyncSentWithTheExecuteThatBeganACopyIsReadByTheCopy() {
        send("PBES"); // libpq's PQexecParams("COPY ... FROM STDIN")
        reply("12G");
        send("c"); // CopyDone
        reply("C");
        assertThat(queue.isEmpty()).as("the server waits for a Sync after the copy").isFalse();
        send("S");
        reply("Z");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aSyncSentBehindACopyQueryBeforeTheCopyBeganIsReadByTheCopy() {
        send("QS"); // COPY ... FROM STDIN, and a Sync sent at once
        reply("G");
        send("c");
        reply("CZ");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void syncsSentIntoACopyThatCompletesAreIgnored() {
        send("Q");
        reply("G");
        send("SSc");
        reply("CZ");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aSyncSentAfterCopyDoneIsAnswered() {
        send("Q");
        reply("G");
        send("cS");
        reply("CZ");
        assertThat(queue.isEmpty()).isFalse();
        reply("Z");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aSyncReadAfterACopyFailedIsAnsweredAndNotTakenForTheNextQuery() {
        send("Q");
        reply("G");
        send("SQ"); // a Sync into the copy, and BEGIN right behind
        reply("EZ"); // the copy's error and its ReadyForQuery
        reply("Z"); // the Sync, read after the failure

        assertThat(queue.answered()).as("taken as read by the copy: nobody expected this one").isFalse();
        assertThat(queue.isEmpty()).as("BEGIN is still running").isFalse();
        reply("CZ");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void anExtendedCopyThatFailsWaitsForTheClientsSync() {
        send("PBEH"); // Execute and Flush: libpq's pipeline, the Sync comes later
        reply("12G");
        send("f"); // CopyFail
        reply("E");
        assertThat(queue.isEmpty()).as("the server discards until a Sync").isFalse();
        send("S");
        reply("Z");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aQuerySentIntoACopyIsNeverForgotten() {
        send("Q");
        reply("G");
        send("Q"); // a protocol violation: it fails the copy if the copy reads it
        reply("EZ");
        assertThat(queue.isEmpty()).as("it may still run").isFalse();
    }

    @Test
    void copyDoneOutsideACopyIsAnsweredByNothing() {
        send("cS");
        reply("Z");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aLongPipelineGrowsTheQueueInOrder() {
        for (int i = 0; i < 100; i++) {
            send("QPBES");
        }
        for (int i = 0; i < 100; i++) {
            reply("TDCZ12CZ");
        }
        assertThat(queue.isEmpty()).isTrue();
    }

    private void send(String types) {
        for (char c : types.toCharArray()) {
            queue.sent((byte) c);
        }
    }

    private void reply(String types) {
        for (char c : types.toCharArray()) {
            queue.reply((byte) c);
        }
    }
}
