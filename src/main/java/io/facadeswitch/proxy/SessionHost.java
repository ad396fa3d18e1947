package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import io.netty.buffer.ByteBuf;

/**
 * What a {@link ProxySession} needs of the proxy that runs it: the routing to follow, the meters
 * to count on, the move's command, and where to say that a session opened, moved or closed. Every
 * session of a {@link ProxyServer} shares one; a unit test gives a session one of its own.
 */
interface SessionHost {

    /** The routing now; a session reads it at each boundary, so it must be cheap. */
    RoutingTable table();

    ProxyMetrics metrics();

    /** Whether superusers may use the proxy (facade.proxy.allow-superusers). */
    boolean allowSuperusers();

    /** The move's command for a colour, a buffer of its own the session writes upstream. */
    ByteBuf moveCommand(Colour colour);

    /** A move's command went upstream; every call is followed by one {@link #moveFinished()}. */
    void moveStarted();

    void moveFinished();

    /** The session passed the login check: from now on it is counted and reported. */
    void register(ProxySession session);

    /** The session ended. */
    void unregister(ProxySession session);

    /** A ParameterStatus from the server during a login, {@code name\0value\0}. */
    void noteParameter(String parameter);

    /** An ErrorResponse with this SQLSTATE went to a client (the canary analysis may want it soon). */
    void errorPassedOn(String sqlState);
}
