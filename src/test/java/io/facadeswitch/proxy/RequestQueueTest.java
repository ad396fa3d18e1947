package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The queue against the server's rules, one sequence each; the wire tests
 * ({@link ServerProcessingOrderTest}) show the same sequences against PostgreSQL itself.
 */
class RequestQueueTest {

    private final RequestQueue queue = new RequestQueue();

    @Test
    void aQueryInsideAGroupWithAnErrorIsDiscardedWithTheRestOfTheGroup() {
        queue.extended((byte) 'P'); // selec 1
        queue.query((byte) 'Q');
        queue.sync();

        queue.error(); // the Parse's error: the server skips the Query, up to the Sync
        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aQueryInsideAGroupThatSucceedsIsAnsweredAndSoIsTheSync() {
        queue.extended((byte) 'P');
        queue.query((byte) 'Q');
        queue.sync();

        assertThat(queue.ready(false)).as("the Query's answer, after its rows").isTrue();
        assertThat(queue.isEmpty()).isFalse();
        assertThat(queue.ready(true)).as("the Sync's, bare").isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void anErrorBeforeTheSyncIsSentDiscardsUntilItComes() {
        queue.extended((byte) 'P');
        queue.error();
        queue.query((byte) 'Q'); // discarded by the server
        queue.extended((byte) 'B');
        assertThat(queue.isEmpty()).isFalse();
        queue.sync();
        queue.query((byte) 'Q'); // after the Sync: answered

        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void theSyncSentWithTheExecuteThatBeganACopyIsNeverAnswered() {
        queue.extended((byte) 'P');
        queue.extended((byte) 'B');
        queue.extended((byte) 'E');
        queue.sync();
        queue.copyInStarted();
        queue.copyCompleted(); // CopyDone; the server then waits for a Sync
        assertThat(queue.isEmpty()).isFalse();
        queue.sync();

        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void syncsSentIntoACopyThatCompletesAreIgnored() {
        queue.query((byte) 'Q');
        queue.copyInStarted();
        queue.syncDuringCopy();
        queue.syncDuringCopy();
        queue.copyCompleted();

        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aSyncReadAfterACopyFailedIsAnsweredBareAndNotTakenForTheNextQuery() {
        queue.query((byte) 'Q'); // COPY ... FROM STDIN
        queue.copyInStarted();
        queue.syncDuringCopy();
        queue.query((byte) 'Q'); // BEGIN, sent right behind
        queue.error();

        assertThat(queue.ready(false)).as("the COPY's own answer").isTrue();
        assertThat(queue.ready(true)).as("the Sync's: nothing of the client's is done").isFalse();
        assertThat(queue.isEmpty()).as("BEGIN is still running").isFalse();
        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aSyncReadDuringACopyThatFailedLaterIsDroppedAtTheNextRealAnswer() {
        queue.query((byte) 'Q');
        queue.copyInStarted();
        queue.syncDuringCopy(); // read before the bad row: ignored
        queue.query((byte) 'Q');
        queue.error();

        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.ready(false)).as("the next Query's answer, not bare: the Sync was ignored").isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aBareAnswerNeverCompletesAQuery() {
        queue.query((byte) 'Q');

        assertThat(queue.ready(true)).isFalse();
        assertThat(queue.isEmpty()).isFalse();
    }

    @Test
    void aFlushOnlyGroupIsAnsweredBare() {
        queue.extended((byte) 'H');
        queue.sync();

        assertThat(queue.ready(true)).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void whenTheOrderLeavesADoubtTheQueueEmptiesSooner() {
        queue.query((byte) 'Q');
        queue.copyInStarted();
        queue.syncDuringCopy();
        queue.error();
        queue.sync(); // a bare Sync of the client's, after the copy: one bare answer or two

        assertThat(queue.ready(false)).isTrue();
        assertThat(queue.ready(true)).isTrue();
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.ready(true)).as("a second bare answer is expected by nothing").isFalse();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aLongPipelineGrowsTheQueueInOrder() {
        for (int i = 0; i < 100; i++) {
            queue.query((byte) 'Q');
            queue.extended((byte) 'P');
            queue.sync();
        }
        for (int i = 0; i < 200; i++) {
            assertThat(queue.ready(false)).isTrue();
        }
        assertThat(queue.isEmpty()).isTrue();
    }
}
