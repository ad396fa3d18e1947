package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import io.netty.buffer.ByteBuf;

/** The {@link SessionHost} a {@link ProxyServer} hands its sessions: each call goes to the server. */
final class ProxyServerSessionHost implements SessionHost {

    private final ProxyServer server;

    ProxyServerSessionHost(ProxyServer server) {
        this.server = server;
    }

    @Override
    public RoutingTable table() {
        return server.table();
    }

    @Override
    public ProxyMetrics metrics() {
        return server.metrics();
    }

    @Override
    public boolean allowSuperusers() {
        return server.settings().allowSuperusers();
    }

    @Override
    public ByteBuf moveCommand(Colour colour) {
        return server.moveCommand(colour);
    }

    @Override
    public void moveStarted() {
        server.moveStarted();
    }

    @Override
    public void moveFinished() {
        server.moveFinished();
    }

    @Override
    public void register(ProxySession session) {
        server.register(session);
    }

    @Override
    public void unregister(ProxySession session) {
        server.unregister(session);
    }

    @Override
    public void noteParameter(String parameter) {
        server.noteParameter(parameter);
    }

    @Override
    public void errorPassedOn(String sqlState) {
        server.figures().error(sqlState);
    }
}
