package io.facadeswitch.proxy;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.channel.uring.IoUringSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The socket layer the proxy's event loops use ({@code facade.proxy.transport}): epoll by
 * default, io_uring or Java's NIO when asked. {@code auto} takes the first the host can run of
 * epoll and NIO; a transport named outright that the host cannot run falls back the same way,
 * and {@link #fallbacks()} says why, for the log.
 */
record ProxyTransport(String name, Supplier<IoHandlerFactory> ioHandlers,
                      Class<? extends ServerChannel> serverChannel, Class<? extends SocketChannel> socketChannel,
                      List<String> fallbacks) {

    static ProxyTransport choose(ProxySettings.Transport choice) {
        List<String> fallbacks = new ArrayList<>();
        if (choice == ProxySettings.Transport.IO_URING) {
            if (IoUring.isAvailable()) {
                return new ProxyTransport("io_uring", IoUringIoHandler::newFactory, IoUringServerSocketChannel.class,
                        IoUringSocketChannel.class, fallbacks);
            }
            fallbacks.add("io_uring is not available here (" + cause(IoUring.unavailabilityCause()) + ")");
        }
        if (choice != ProxySettings.Transport.NIO) {
            if (Epoll.isAvailable()) {
                return new ProxyTransport("epoll", EpollIoHandler::newFactory, EpollServerSocketChannel.class,
                        EpollSocketChannel.class, fallbacks);
            }
            fallbacks.add("epoll is not available here (" + cause(Epoll.unavailabilityCause()) + ")");
        }
        return new ProxyTransport("nio", NioIoHandler::newFactory, NioServerSocketChannel.class,
                NioSocketChannel.class, fallbacks);
    }

    private static String cause(Throwable cause) {
        if (cause == null) {
            return "no reason given";
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.toLowerCase(Locale.ROOT);
    }
}
