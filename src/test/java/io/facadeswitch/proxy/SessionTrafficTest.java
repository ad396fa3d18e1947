package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.facadeswitch.routing.Colour;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a session reads of its traffic, without a server. */
class SessionTrafficTest {

    private final RequestQueue requests = new RequestQueue();
    private final SessionTraffic traffic = new SessionTraffic(null, requests, new SessionColour("app-1", Colour.BLUE, 1),
            () -> { });

    @Test
    void aFatalErrorBeforeTheLoginCheckIsPassedOnWithoutBeingCounted() {
        // A server shutting down (57P01) can answer before the login check's marker: the session
        // has no meters yet. Found in review: reading it threw, the client never got the FATAL.
        byte[] body = "SFATAL\0C57P01\0Mterminating connection due to administrator command\0\0"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatCode(() -> {
            traffic.start(BackendMessage.ERROR_RESPONSE, 4 + body.length);
            traffic.end(BackendMessage.ERROR_RESPONSE, body, body.length);
        }).doesNotThrowAnyException();
        assertThat(traffic.transactionStatus()).isEqualTo(BackendMessage.IDLE);
    }

    @Test
    void theClientsRequestsGoIntoTheQueueAndTheirAnswersTakeThemOut() {
        traffic.requestSink.start(FrontendMessage.PARSE, 4);
        traffic.requestSink.start(FrontendMessage.COPY_DATA, 4); // not kept
        traffic.requestSink.start(FrontendMessage.SYNC, 4);
        assertThat(requests.size()).isEqualTo(2);
        assertThat(traffic.busyNanos()).as("busy since the first request").isPositive();

        traffic.start(BackendMessage.PARSE_COMPLETE, 4);
        assertThat(requests.size()).isEqualTo(1);
    }
}
