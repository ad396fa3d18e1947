package io.facadeswitch.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server side of one connection: every buffer goes to the session. */
final class BackendHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(BackendHandler.class);

    private ProxySession session;
    private Channel relayTo;
    private boolean relayed;

    void attach(ProxySession session) {
        this.session = session;
    }

    /**
     * For a startup packet the server will refuse: its answer goes to the client as it comes (it
     * may be in an older protocol's format), then both ends close. An authentication request
     * instead of the refusal would open a session the proxy never set up: that closes both at once.
     */
    void relayTo(Channel client) {
        this.relayTo = client;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (relayTo != null) {
            ByteBuf in = (ByteBuf) msg;
            if (!relayed && in.isReadable() && in.getByte(in.readerIndex()) == 'R') {
                in.release();
                ctx.close();
                relayTo.close();
                return;
            }
            relayed = true;
            relayTo.writeAndFlush(in);
            return;
        }
        if (session == null) {
            ReferenceCountUtil.release(msg); // nothing can arrive before the startup packet is sent
            return;
        }
        session.fromServer((ByteBuf) msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (session != null) {
            session.serverReadComplete();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (session != null) {
            session.serverWritabilityChanged(ctx.channel().isWritable());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (relayTo != null) {
            relayTo.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (session != null) {
            session.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("server connection failed: {}", cause.toString());
        if (session != null) {
            session.close();
        } else {
            ctx.close();
        }
    }
}
