package io.facadeswitch.proxy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Stopping without cutting transactions short: once the proxy no longer listens, each session
 * closes as soon as it is between transactions (with PostgreSQL's own FATAL 57P01, "terminating
 * connection due to administrator command", as its fast shutdown sends), and those still in a
 * transaction or request when the drain time is up are cut the same way. Each close runs on the
 * session's event loop, where "between transactions" cannot change under it.
 *
 * @param drained the connections that closed between transactions
 * @param cut     the connections still busy at the drain limit, closed mid-transaction
 */
public record ProxyDrain(int drained, int cut, long durationMs) {

    /** What PostgreSQL's fast shutdown tells each connection it ends (FATAL 57P01). */
    static final String MESSAGE = "terminating connection due to administrator command";
    private static final long CHECK_EVERY_MS = 20;

    static ProxyDrain of(Set<ProxySession> sessions, Duration limit) {
        long started = System.nanoTime();
        int open = sessions.size();
        long deadline = started + limit.toNanos();
        while (!sessions.isEmpty() && System.nanoTime() < deadline) {
            for (ProxySession session : List.copyOf(sessions)) {
                session.client().eventLoop().execute(session::closeIfIdle);
            }
            try {
                Thread.sleep(CHECK_EVERY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<ProxySession> busy = List.copyOf(sessions);
        for (ProxySession session : busy) {
            session.client().eventLoop().execute(() -> session.failClient(SqlStates.ADMIN_SHUTDOWN, MESSAGE));
        }
        return new ProxyDrain(Math.max(0, open - busy.size()), busy.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
