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
 * (SSLRequest, GSSENCRequest, CancelRequest, StartupMessage), holding at most one startup packet;
 * then it connects upstream on the same event loop and hands every buffer to the session.
 */
final class FrontendHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(FrontendHandler.class);
    private static final int SSL_HEADER = 0x16; // a TLS record: the client skipped SSLRequest

    private final ProxyServer proxy;
    private ByteBuf pending;
    private ProxySession session;
    private boolean connecting;
    private boolean tls;
    private boolean sslAsked;
    private boolean gssAsked;
    private int received;
    private ScheduledFuture<?> startupTimer;

    FrontendHandler(ProxyServer proxy) {
        this.proxy = proxy;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        long timeout = proxy.settings().startupTimeout().toMillis();
        startupTimer = ctx.executor().schedule(() -> {
            if (session == null && ctx.channel().isActive()) {
                refuse(ctx, "08P01", "no startup packet within " + timeout + " ms: the proxy closes the connection");
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
        if (pending == null) {
            pending = ctx.alloc().buffer(Math.max(256, in.readableBytes()));
        }
        try {
            // At most an SSLRequest, a GSSENCRequest and one startup packet come before the session.
            received += in.readableBytes();
            if (received > StartupPacket.MAX_LENGTH + 16) {
                refuse(ctx, "08P01", "too many bytes before the startup packet was complete");
                return;
            }
            pending.writeBytes(in);
        } finally {
            in.release();
        }
        if (!connecting) {
            readStartup(ctx);
        }
    }

    private void readStartup(ChannelHandlerContext ctx) {
        while (pending != null && !connecting) {
            if (!tls && pending.isReadable() && pending.getUnsignedByte(pending.readerIndex()) == SSL_HEADER) {
                refuse(ctx, "08P01", "direct TLS is not supported: connect with sslnegotiation=postgres");
                return;
            }
            StartupPacket packet = StartupDecoder.decode(pending);
            if (packet == null) {
                return;
            }
            if (packet instanceof StartupPacket.SslRequest) {
                if (sslAsked) {
                    refuse(ctx, "08P01", "SSLRequest sent twice");
                    return;
                }
                sslAsked = true;
                answerSsl(ctx);
            } else if (packet instanceof StartupPacket.GssEncRequest) {
                if (gssAsked || sslAsked) {
                    refuse(ctx, "08P01", "unexpected GSSENCRequest");
                    return;
                }
                gssAsked = true;
                ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'N'}));
            } else if (packet instanceof StartupPacket.CancelRequest cancel) {
                proxy.forwardCancel(ctx.channel().eventLoop(), cancel.packet());
                ctx.close();
                return;
            } else if (packet instanceof StartupPacket.Invalid invalid) {
                refuse(ctx, invalid.sqlState(), invalid.message());
                return;
            } else if (packet instanceof StartupPacket.Startup startup) {
                if (proxy.settings().tlsMode() == ProxySettings.TlsMode.REQUIRE && !tls) {
                    refuse(ctx, "28000", "the proxy accepts TLS connections only: connect with sslmode=require");
                    return;
                }
                connect(ctx, startup);
            }
        }
    }

    private void answerSsl(ChannelHandlerContext ctx) {
        if (pending.isReadable()) {
            // Bytes sent after SSLRequest but before the answer could be read as if they came
            // over TLS (CVE-2021-23214): refuse them.
            refuse(ctx, "08P01", "unexpected data after SSLRequest");
            return;
        }
        if (tls || proxy.sslContext() == null) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'N'}));
            return;
        }
        ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'S'}));
        SslHandler handler = proxy.sslContext().newHandler(ctx.alloc());
        ctx.pipeline().addFirst("tls", handler);
        tls = true;
    }

    private void connect(ChannelHandlerContext ctx, StartupPacket.Startup startup) {
        connecting = true;
        if (startupTimer != null) {
            startupTimer.cancel(false); // the server's own authentication_timeout takes over
        }
        Channel client = ctx.channel();
        client.config().setAutoRead(false);
        String instance = InstanceIdentity.of(startup, proxy.settings().instanceOption());
        BackendHandler backend = new BackendHandler();
        ChannelFuture connected = new Bootstrap().group(client.eventLoop()).channel(proxy.socketChannelClass())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) proxy.settings().connectTimeout().toMillis())
                .handler(backend)
                .connect(proxy.upstream());
        connected.addListener((ChannelFutureListener) future -> {
            if (!future.isSuccess()) {
                LOG.warn("the proxy could not reach the database server at {}: {}", proxy.upstreamText(),
                        future.cause() == null ? "unknown" : future.cause().getMessage());
                refuse(ctx, "08006", "the proxy could not reach the database server at " + proxy.upstreamText());
                return;
            }
            if (!client.isActive()) {
                future.channel().close();
                releasePending();
                return;
            }
            start(ctx, future.channel(), backend, startup, instance);
        });
    }

    private void start(ChannelHandlerContext ctx, Channel server, BackendHandler backend,
                       StartupPacket.Startup startup, String instance) {
        if (pending == null) { // refused meanwhile
            server.close();
            return;
        }
        RoutingTable table = proxy.table();
        Colour colour = table.colourFor(instance);
        String searchPath = colour != null ? colour.schema() : startup.parameter("search_path");
        session = new ProxySession(proxy, ctx.channel(), server, instance, colour, table.generation(),
                proxy.settings().maxMessageSize());
        backend.attach(session);
        byte[] packet = startup.encodeWithSearchPath(searchPath);
        if (packet.length > StartupPacket.MAX_LENGTH) {
            server.close();
            session.failClient("08P01", "the startup packet with the colour's search_path would exceed "
                    + StartupPacket.MAX_LENGTH + " bytes: send fewer or shorter parameters");
            return;
        }
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

    private void refuse(ChannelHandlerContext ctx, String sqlState, String message) {
        proxy.metrics().refused();
        releasePending();
        connecting = true; // read nothing more
        LOG.debug("refused a client connection from {}: {}", ctx.channel().remoteAddress(), message);
        ctx.writeAndFlush(WireMessages.fatal(ctx.alloc(), sqlState, message)).addListener(ChannelFutureListener.CLOSE);
    }

    private void releasePending() {
        if (pending != null) {
            pending.release();
            pending = null;
        }
    }
}
