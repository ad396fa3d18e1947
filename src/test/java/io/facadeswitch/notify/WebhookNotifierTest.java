package io.facadeswitch.notify;

import static io.facadeswitch.notify.Hooks.awaitCount;
import static io.facadeswitch.notify.Hooks.event;
import static io.facadeswitch.notify.Hooks.hook;
import static io.facadeswitch.notify.RolloutEventKind.PROMOTED;
import static io.facadeswitch.notify.RolloutEventKind.ROLLED_BACK;
import static io.facadeswitch.notify.RolloutEventKind.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.serde.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private WebhookNotifier notifier;
    private Receiver receiver;

    @AfterEach
    void stop() {
        if (notifier != null) {
            notifier.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private WebhookNotifier notifier(WebhookSettings... hooks) {
        notifier = new WebhookNotifier(List.of(hooks), ObjectMapper.getDefault(), metrics);
        return notifier;
    }

    @Test
    void aDeliveredEventHasTheDocumentedJsonBody() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("ops", receiver.url())).publish(event(ROLLED_BACK));

        assertThat(receiver.next().text()).isEqualTo("{\"event\":\"rolled-back\",\"rollout\":12,\"release\":\"1.2.0\","
                + "\"colour\":\"green\",\"state\":\"rolled_back\",\"step\":1,\"actor\":\"analysis\","
                + "\"reason\":\"error rate 4.1% above 2%\",\"at\":\"2026-03-01T10:15:30Z\"}");
    }

    @Test
    void fieldsWithoutAValueAreSentAsNull() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("ops", receiver.url())).publish(new RolloutEvent(STARTED, 7, "1.3.0", "blue", "running", null,
                "alice", null, Instant.parse("2026-03-01T10:00:00Z")));

        assertThat(receiver.next().text()).contains("\"step\":null", "\"reason\":null");
    }

    @Test
    void aDeliveryCarriesTheEventDeliveryIdContentTypeAndUserAgentHeaders() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("ops", receiver.url())).publish(event(PROMOTED));

        Receiver.Received request = receiver.next();
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-Facade-Event")).isEqualTo("promoted");
        assertThat(request.header("X-Facade-Delivery")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(request.header("User-Agent")).isEqualTo("facade-switch");
    }

    @Test
    void theSignatureIsTheHmacSha256OfTheExactBodyKeyedWithTheSecret() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("ops", receiver.url(), "s3cret-key", 3)).publish(event(ROLLED_BACK));

        Receiver.Received request = receiver.next();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(request.header("X-Facade-Signature"))
                .isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body())));
    }

    @Test
    void aHookWithoutASecretSendsNoSignature() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("ops", receiver.url())).publish(event(ROLLED_BACK));

        assertThat(receiver.next().headers().containsKey("X-Facade-Signature")).isFalse();
    }

    @Test
    void aReceiverAnswering503TwiceThen200GetsThreeAttemptsWithTheSameDeliveryId() throws Exception {
        receiver = Receiver.answering(503, 503, 200);
        notifier(hook("ops", receiver.url(), null, 4)).publish(event(ROLLED_BACK));

        List<String> ids = List.of(receiver.next().header("X-Facade-Delivery"),
                receiver.next().header("X-Facade-Delivery"), receiver.next().header("X-Facade-Delivery"));
        receiver.expectNothingMoreWithin(300);
        assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
        assertThat(Hooks.count(metrics, "ops", "delivered")).isEqualTo(1);
    }

    @Test
    void a429IsRetried() throws Exception {
        receiver = Receiver.answering(429, 200);
        notifier(hook("ops", receiver.url())).publish(event(ROLLED_BACK));

        awaitCount(metrics, "ops", "delivered", 1);
        assertThat(receiver.receivedSoFar()).hasSize(2);
    }

    @Test
    void aReceiverThatKeepsFailingGetsExactlyTheConfiguredAttempts() throws Exception {
        receiver = Receiver.answering(500);
        notifier(hook("ops", receiver.url(), null, 3)).publish(event(ROLLED_BACK));

        receiver.next();
        receiver.next();
        receiver.next();
        receiver.expectNothingMoreWithin(300);
        assertThat(Hooks.count(metrics, "ops", "failed")).isEqualTo(1);
    }

    @Test
    void a400IsNotRetried() throws Exception {
        receiver = Receiver.answering(400, 200);
        notifier(hook("ops", receiver.url(), null, 4)).publish(event(ROLLED_BACK));

        receiver.next();
        receiver.expectNothingMoreWithin(300);
        assertThat(Hooks.count(metrics, "ops", "failed")).isEqualTo(1);
    }

    @Test
    void publishingToADeadReceiverDoesNotDelayTheCaller() throws Exception {
        notifier(hook("down", Receiver.deadUrl()));

        long started = System.nanoTime();
        IntStream.range(0, 20).forEach(i -> notifier.publish(event(ROLLED_BACK)));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).isLessThan(100);
    }

    @Test
    void deliveriesToADeadReceiverFailAfterTheirAttempts() throws Exception {
        notifier(hook("down", Receiver.deadUrl(), null, 3));

        IntStream.range(0, 20).forEach(i -> notifier.publish(event(ROLLED_BACK)));

        awaitCount(metrics, "down", "failed", 20);
        assertThat(notifier.pending()).isZero();
    }

    @Test
    void aHookReceivesOnlyTheEventKindsItSubscribedTo() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("chatops", receiver.url(), ROLLED_BACK, PROMOTED));

        notifier.publish(event(STARTED));
        notifier.publish(event(RolloutEventKind.STEP_DONE));
        notifier.publish(event(PROMOTED));

        assertThat(receiver.next().header("X-Facade-Event")).isEqualTo("promoted");
        receiver.expectNothingMoreWithin(200);
    }

    @Test
    void eachHookGetsTheEventsItSubscribedTo() throws Exception {
        receiver = Receiver.answering(200);
        try (Receiver other = Receiver.answering(200)) {
            notifier(hook("rollbacks", receiver.url(), ROLLED_BACK), hook("promotions", other.url(), PROMOTED));

            notifier.publish(event(PROMOTED));

            assertThat(other.next().header("X-Facade-Event")).isEqualTo("promoted");
            receiver.expectNothingMoreWithin(200);
        }
    }

    @Test
    void deliveriesBeyondTheQueueBoundAreDroppedAndCounted() throws Exception {
        receiver = Receiver.holdingAnswers();
        notifier = new WebhookNotifier(List.of(hook("slow", receiver.url())), ObjectMapper.getDefault(), metrics, 2);

        IntStream.range(0, 5).forEach(i -> notifier.publish(event(ROLLED_BACK)));

        assertThat(Hooks.count(metrics, "slow", "dropped")).isEqualTo(3);
        receiver.release();
        awaitCount(metrics, "slow", "delivered", 2);
    }

    @Test
    void userInfoInTheUrlIsSentAsBasicAuthentication() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("ops", receiver.url().replace("http://", "http://bot:pa%3Ass@")))
                .publish(event(ROLLED_BACK));

        assertThat(receiver.next().header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                        "bot:pa:ss".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void closingSendsDeliveriesAlreadyQueued() throws Exception {
        receiver = Receiver.answering(200);
        notifier(hook("ops", receiver.url()));
        IntStream.range(0, 5).forEach(i -> notifier.publish(event(ROLLED_BACK)));

        notifier.close();

        assertThat(receiver.receivedSoFar()).hasSize(5);
    }

    @Test
    void closingAbandonsRetriesStillWaitingOutTheirBackoff() throws Exception {
        receiver = Receiver.answering(503);
        notifier(new WebhookSettings("ops", receiver.url(), null, null, 3, Duration.ofSeconds(30),
                Duration.ofSeconds(2))).publish(event(ROLLED_BACK));
        receiver.next();

        long started = System.nanoTime();
        notifier.close();

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
        assertThat(notifier.pending()).as("abandoned, not sent").isEqualTo(1);
    }

    @Test
    void aNotifierWithoutHooksAcceptsEventsAndQueuesNothing() {
        notifier();

        notifier.publish(event(ROLLED_BACK));

        assertThat(notifier.pending()).isZero();
    }
}
