package io.facadeswitch.proxy;

import static io.facadeswitch.proxy.BackendMessage.IDLE;
import static io.facadeswitch.proxy.BackendMessage.IN_TRANSACTION;
import static io.facadeswitch.proxy.ProtocolMessage.commandComplete;
import static io.facadeswitch.proxy.ProtocolMessage.fatal;
import static io.facadeswitch.proxy.ProtocolMessage.query;
import static io.facadeswitch.proxy.ProtocolMessage.readyForQuery;
import static io.facadeswitch.routing.Colour.BLUE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A stopping proxy closes each session between transactions, as PostgreSQL's fast shutdown says it. */
class ProxyDrainTest {

    private static final ProtocolMessage SHUTDOWN = fatal("57P01", "terminating connection due to administrator command");

    private final EmbeddedSession proxy = EmbeddedSession.loggedIn(BLUE);
    private final EmbeddedSession.End client = proxy.client();
    private final EmbeddedSession.End server = proxy.server();

    @Test
    void anIdleSessionClosesAtOnceWithPostgresShutdownError() {
        assertThat(proxy.drain()).isTrue();

        assertThat(client.received()).containsExactly(SHUTDOWN);
        assertThat(client.open()).isFalse();
        assertThat(server.open()).isFalse();
        assertThat(proxy.registered()).isFalse();
    }

    @Test
    void aSessionInATransactionFinishesItThenCloses() {
        client.sends(query("BEGIN"));
        server.sends(commandComplete("BEGIN"), readyForQuery(IN_TRANSACTION));
        client.received();

        assertThat(proxy.drain()).as("in a transaction").isFalse();
        client.sends(query("COMMIT"));
        assertThat(proxy.drain()).as("the COMMIT not yet answered").isFalse();
        server.sends(commandComplete("COMMIT"), readyForQuery(IDLE));

        assertThat(server.received()).containsExactly(query("BEGIN"), query("COMMIT"));
        assertThat(client.received()).containsExactly(commandComplete("COMMIT"), readyForQuery(IDLE));
        assertThat(proxy.drain()).as("between transactions").isTrue();
        assertThat(client.received()).containsExactly(SHUTDOWN);
        assertThat(client.open()).isFalse();
    }
}
