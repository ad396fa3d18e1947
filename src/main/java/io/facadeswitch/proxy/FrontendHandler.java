package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client side of one connection. Before the session exists it reads the startup phase
 * (SSLRequest, GSSENCRequest, CancelRequest, StartupMessage) and answers it as PostgreSQL's
 * {@code ProcessStartupPacket} would: bytes that are no packet end the connection without a word,
 * negotiation requests are answered with one byte and may come once each, and a StartupMessage
 * the server would refuse goes upstream unchanged, so the client hears the server's own refusal.
 * Then it connects upstream on the same event loop and hands every buffer to the session.
 */
final class FrontendHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(FrontendHandler.class);
    private static final int TLS_HANDSHAKE_RECORD = 0x16; // the client skipped SSLRequest

    private final ProxyServer proxy;
    private ByteBuf pending;
    private ProxySession session;
    private boolean connecting;
    private boolean tls;
    private boolean sslDone;
    private boolean gssDone;
    private ScheduledFuture<?> startupTimer;

    FrontendHandler(ProxyServer proxy) {
        this.proxy = proxy;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        long timeout = proxy.settings().startupTimeout().toMillis();
        startupTimer = ctx.executor().schedule(() -> {
            if (!connecting && ctx.channel().isActive()) {
                // As the server's authentication_timeout: the connection just ends.
                drop(ctx, "timeout", "no startup packet within " + timeout + " ms");
            }
        }, timeout, TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        if (session != null) {
            session.fromClient(in);
            return;
        }
        if (connecting) {
            in.release(); // refused, or passed upstream for the server to refuse
            return;
        }
        if (pending == null) {
            pending = ctx.alloc().buffer(Math.max(256, in.readableBytes()));
        }
        try {
            pending.writeBytes(in);
        } finally {
            in.release();
        }
        readStartup(ctx);
    }

    private void readStartup(ChannelHandlerContext ctx) {
        while (pending != null && !connecting) {
            if (!tls && pending.isReadable() && pending.getUnsignedByte(pending.readerIndex()) == TLS_HANDSHAKE_RECORD) {
                // What a server without direct TLS reads as an impossible length word.
                drop(ctx, "tls", "a TLS handshake without SSLRequest (direct TLS is not supported)");
                return;
            }
            StartupPacket packet = StartupDecoder.decode(pending);
            if (packet == null) {
                return;
            }
            if (packet instanceof StartupPacket.SslRequest) {
                answerSsl(ctx);
            } else if (packet instanceof StartupPacket.GssEncRequest) {
                answerGss(ctx);
            } else if (packet instanceof StartupPacket.CancelRequest cancel) {
                proxy.forwardCancel(ctx.channel().eventLoop(), cancel.packet());
                connecting = true;
                releasePending();
                ctx.close();
                return;
            } else if (packet instanceof StartupPacket.Unframed unframed) {
                drop(ctx, "invalid", unframed.reason());
                return;
            } else if (packet instanceof StartupPacket.Startup startup) {
                start(ctx, startup);
                return;
            }
        }
    }

    /** Once per connection; the server reads a second one as a packet of an unknown protocol. */
    private void answerSsl(ChannelHandlerContext ctx) {
        if (sslDone) {
            unsupportedProtocol(ctx, StartupPacket.SSL_REQUEST);
            return;
        }
        sslDone = true;
        boolean accept = !tls && proxy.sslContext() != null;
        ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {(byte) (accept ? 'S' : 'N')}));
        if (accept) {
            boolean earlyBytes = pending.isReadable();
            SslHandler handler = proxy.sslContext().newHandler(ctx.alloc());
            ctx.pipeline().addFirst("tls", handler);
            tls = true;
            gssDone = true; // after TLS, GSS encryption is no longer offered
            if (earlyBytes) {
                // Bytes sent before the handshake could be taken as if they came over TLS
                // (CVE-2021-23214). As the server: they are never read; once the handshake is
                // done, the refusal goes over TLS (a failed handshake just ends the connection).
                releasePending();
                connecting = true;
                handler.handshakeFuture().addListener(done -> {
                    if (done.isSuccess()) {
                        refuse(ctx, SqlStates.PROTOCOL_VIOLATION, "protocol",
                                "received unencrypted data after SSL request");
                    } else {
                        drop(ctx, "tls", "the TLS handshake failed after unencrypted data");
                    }
                });
            }
        } else if (pending.isReadable()) {
            refuse(ctx, SqlStates.PROTOCOL_VIOLATION, "protocol", "received unencrypted data after SSL request");
        }
    }

    private void answerGss(ChannelHandlerContext ctx) {
        if (gssDone) {
            unsupportedProtocol(ctx, StartupPacket.GSSENC_REQUEST);
            return;
        }
        gssDone = true;
        ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'N'}));
        if (pending.isReadable()) {
            refuse(ctx, SqlStates.PROTOCOL_VIOLATION, "protocol",
                    "received unencrypted data after GSSAPI encryption request");
        }
    }

    private void unsupportedProtocol(ChannelHandlerContext ctx, int code) {
        refuse(ctx, SqlStates.FEATURE_NOT_SUPPORTED, "protocol", "unsupported frontend protocol " + (code >>> 16) + "."
                + (code & 0xFFFF) + ": server supports 3.0 to " + proxy.serverProtocolRange());
    }

    private void start(ChannelHandlerContext ctx, StartupPacket.Startup startup) {
        if (startup.serverRefuses() == null) {
            if (proxy.settings().tlsMode() == ProxySettings.TlsMode.REQUIRE && !tls) {
                refuse(ctx, SqlStates.INVALID_AUTHORIZATION, "tls",
                        "the proxy accepts TLS connections only: connect with sslmode=require");
                return;
            }
            String identity = proxy.settings().allowSuperusers() ? null : startup.identityChange();
            if (identity != null) {
                refuse(ctx, SqlStates.INSUFFICIENT_PRIVILEGE, "identity", "the proxy does not accept \"" + identity
                        + "\" at startup: connect as the application role itself (or set"
                        + " facade.proxy.allow-superusers)");
                return;
            }
        }
        connecting = true;
        if (startupTimer != null) {
            startupTimer.cancel(false); // the server's own authentication_timeout takes over
        }
        Channel client = ctx.channel();
        client.config().setAutoRead(false);
        BackendHandler backend = new BackendHandler();
        ChannelFuture connected = new Bootstrap().group(client.eventLoop()).channel(proxy.socketChannelClass())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) proxy.settings().connectTimeout().toMillis())
                .handler(backend)
                .connect(proxy.upstream());
        connected.addListener((ChannelFutureListener) future -> {
            if (!future.isSuccess()) {
                proxy.upstreamUnreachable(future.cause());
                // The address stays in the log: the client has not authenticated.
                refuse(ctx, SqlStates.CONNECTION_FAILURE, "upstream",
                        "the database server is not available; try again later");
                return;
            }
            if (!client.isActive()) {
                future.channel().close();
                releasePending();
                return;
            }
            if (startup.serverRefuses() != null) {
                relayRefusal(ctx, future.channel(), backend, startup);
            } else {
                open(ctx, future.channel(), backend, startup);
            }
        });
    }

    /** A packet the server will refuse goes up as it came; the client gets the server's answer, and nothing more. */
    private void relayRefusal(ChannelHandlerContext ctx, Channel server, BackendHandler backend,
                              StartupPacket.Startup startup) {
        proxy.metrics().refused("startup");
        LOG.debug("passed a startup packet the server will refuse ({}) from {}", startup.serverRefuses(),
                ctx.channel().remoteAddress());
        releasePending();
        backend.relayTo(ctx.channel());
        server.writeAndFlush(Unpooled.wrappedBuffer(startup.raw()));
    }

    private void open(ChannelHandlerContext ctx, Channel server, BackendHandler backend,
                      StartupPacket.Startup startup) {
        if (pending == null) { // refused meanwhile
            server.close();
            return;
        }
        String instance = InstanceIdentity.of(startup, proxy.settings().instanceOption());
        RoutingTable table = proxy.table();
        Colour colour = table.colourFor(instance);
        String searchPath = colour != null ? colour.schema() : startup.setting("search_path");
        byte[] packet = startup.encodeWithSearchPath(searchPath);
        if (packet.length > StartupPacket.MAX_LENGTH) {
            server.close();
            refuse(ctx, SqlStates.PROTOCOL_VIOLATION, "startup",
                    "the startup packet with the colour's search_path would"
                    + " exceed " + StartupPacket.MAX_LENGTH + " bytes: send fewer or shorter parameters");
            return;
        }
        session = new ProxySession(proxy.sessionHost(), ctx.channel(), server, instance, colour, table.generation(),
                proxy.settings().maxMessageSize());
        backend.attach(session);
        server.write(Unpooled.wrappedBuffer(packet), server.voidPromise());
        ByteBuf rest = pending;
        pending = null;
        if (rest.isReadable()) {
            session.fromClient(rest);
        } else {
            rest.release();
        }
        server.flush();
        ctx.channel().config().setAutoRead(true);
        LOG.debug("connection of {} on {} via {}", instance, colour, server.localAddress());
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (session != null) {
            session.clientReadComplete();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (session != null) {
            session.clientWritabilityChanged(ctx.channel().isWritable());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (startupTimer != null) {
            startupTimer.cancel(false);
        }
        releasePending();
        if (session != null) {
            session.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("client connection failed: {}", cause.toString());
        if (session != null) {
            session.close();
        } else {
            releasePending();
            ctx.close();
        }
    }

    /** Answers with an ErrorResponse and closes, as the server does for what it reports with FATAL. */
    private void refuse(ChannelHandlerContext ctx, String sqlState, String reason, String message) {
        proxy.metrics().refused(reason);
        releasePending();
        connecting = true; // read nothing more
        LOG.debug("refused a client connection from {}: {}", ctx.channel().remoteAddress(), message);
        ctx.writeAndFlush(WireMessages.fatal(ctx.alloc(), sqlState, message)).addListener(ChannelFutureListener.CLOSE);
    }

    /** Closes without a word, as the server does for what it only logs (COMMERROR). */
    private void drop(ChannelHandlerContext ctx, String reason, String message) {
        proxy.metrics().refused(reason);
        releasePending();
        connecting = true;
        LOG.debug("closed a client connection from {}: {}", ctx.channel().remoteAddress(), message);
        ctx.close();
    }

    private void releasePending() {
        if (pending != null) {
            pending.release();
            pending = null;
        }
    }
}
