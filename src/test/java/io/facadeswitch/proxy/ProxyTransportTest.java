package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringSocketChannel;
import org.junit.jupiter.api.Test;

/** How facade.proxy.transport picks the socket layer, and what it says when it cannot have it. */
class ProxyTransportTest {

    @Test
    void autoTakesEpollWhereTheHostHasIt() {
        assumeTrue(Epoll.isAvailable(), "epoll is not available here");
        ProxyTransport chosen = ProxyTransport.choose(ProxySettings.Transport.AUTO);
        assertThat(chosen.name()).isEqualTo("epoll");
        assertThat(chosen.socketChannel()).isEqualTo(EpollSocketChannel.class);
        assertThat(chosen.fallbacks()).isEmpty();
    }

    @Test
    void nioIsTakenWhenAskedForEvenWhereEpollIsThere() {
        ProxyTransport chosen = ProxyTransport.choose(ProxySettings.Transport.NIO);
        assertThat(chosen.name()).isEqualTo("nio");
        assertThat(chosen.socketChannel()).isEqualTo(NioSocketChannel.class);
        assertThat(chosen.fallbacks()).isEmpty();
    }

    @Test
    void ioUringIsTakenWhereTheKernelAllowsItOrFallsBackSayingWhy() {
        ProxyTransport chosen = ProxyTransport.choose(ProxySettings.Transport.IO_URING);
        if (IoUring.isAvailable()) {
            assertThat(chosen.name()).isEqualTo("io_uring");
            assertThat(chosen.socketChannel()).isEqualTo(IoUringSocketChannel.class);
            assertThat(chosen.fallbacks()).isEmpty();
        } else {
            assertThat(chosen.name()).isIn("epoll", "nio");
            assertThat(chosen.fallbacks().get(0)).startsWith("io_uring is not available here (");
        }
    }
}
