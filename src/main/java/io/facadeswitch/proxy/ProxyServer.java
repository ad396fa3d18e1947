package io.facadeswitch.proxy;

import io.facadeswitch.PortInUse;
import io.facadeswitch.replica.ProxyReport;
import io.facadeswitch.replica.ReplicaHeartbeat;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import io.facadeswitch.routing.RoutingWatcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.env.Environment;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL proxy: accepts client connections, opens one server connection for each, and
 * moves connections between colours when the routing changes (docs/proxy.md).
 */
@Singleton
public final class ProxyServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyServer.class);
    private static final int MAX_PENDING_LISTED = 20;
    private static final long UNREACHABLE_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ProxySettings settings;
    private final RoutingWatcher watcher;
    private final ReplicaHeartbeat heartbeat;
    private final ProxyMetrics metrics;
    private final String jdbcUrl;
    private final Set<ProxySession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<Colour, ByteBuf> moveCommands = new EnumMap<>(Colour.class);
    private final AtomicInteger movesInFlight = new AtomicInteger();
    private final SessionHost sessionHost = new ProxyServerSessionHost(this);
    private final Consumer<RoutingTable> routingListener = this::routingChanged;

    private final AtomicLong lastUnreachableLog =
            new AtomicLong(System.nanoTime() - UNREACHABLE_LOG_INTERVAL_NANOS);
    private final AtomicLong unreachableSinceLog = new AtomicLong();
    private volatile String serverProtocolRange = "3.0";
    private volatile ProxyDrain drained;

    private EventLoopGroup group;
    private Class<? extends SocketChannel> socketChannelClass;
    private volatile ProxyTransport transport;
    private volatile Channel listener;
    private volatile InetSocketAddress upstream;
    private ScheduledExecutorService resolver;
    private SslContext sslContext;

    private final ProxySamples samples;
    private volatile ProxyFigures figures;

    ProxyServer(ProxySettings settings, RoutingWatcher watcher, ReplicaHeartbeat heartbeat, MeterRegistry registry,
                Environment environment, ProxySamples samples) {
        this.samples = samples;
        this.settings = settings;
        this.watcher = watcher;
        this.heartbeat = heartbeat;
        this.metrics = new ProxyMetrics(registry, settings.maxTrackedInstances());
        this.jdbcUrl = environment.getProperty("datasources.default.url", String.class).orElse(null);
        for (Colour colour : Colour.values()) {
            moveCommands.put(colour, WireMessages.moveCommand(colour));
        }
    }

    /** Binds the proxy's port and starts following the routing; the watcher must be running. */
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        InetSocketAddress configured = UpstreamAddress.of(settings, jdbcUrl);
        upstream = resolve(configured);
        // Lookups off the event loop, repeated, so a failover that moves the name is followed.
        resolver = Executors.newSingleThreadScheduledExecutor(
                new DefaultThreadFactory("facade-proxy-dns", true));
        resolver.scheduleWithFixedDelay(() -> reResolve(configured), 10, 10, TimeUnit.SECONDS);
        sslContext = ProxyTls.context(settings);
        figures = new ProxyFigures(metrics, samples, heartbeat.replicaId(), settings.figuresInterval());
        figures.start();
        transport = ProxyTransport.choose(settings.transport());
        transport.fallbacks().forEach(why -> LOG.warn("facade.proxy.transport={}: {}; the proxy uses {}",
                settings.transport().name().toLowerCase(Locale.ROOT), why, transport.name()));
        socketChannelClass = transport.socketChannel();
        group = new MultiThreadIoEventLoopGroup(ioThreads(), new DefaultThreadFactory("facade-proxy", true),
                transport.ioHandlers().get());
        try {
            listener = new ServerBootstrap().group(group).channel(transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast("frontend", new FrontendHandler(ProxyServer.this));
                        }
                    })
                    .bind(settings.host(), settings.port()).syncUninterruptibly().channel();
        } catch (Exception e) { // the native transport throws its IOException unchecked
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            group = null;
            figures.close();
            String where = "the proxy cannot listen on " + settings.host() + ":" + settings.port() + ": ";
            throw PortInUse.inUse(e) ? new ProxyException(ProxyException.ProxyErrorCode.PORT_IN_USE, where
                    + "the port is in use; choose another with --proxy-port (FACADE_PROXY_PORT), or stop what holds it",
                    e) : new ProxyException(where + e.getMessage() + "; check facade.proxy.host (FACADE_PROXY_HOST)"
                    + " and --proxy-port (FACADE_PROXY_PORT)", e);
        }
        watcher.onChange(routingListener);
        heartbeat.reportWith(this::report);
        LOG.info("proxy listening on {}:{}, forwarding to {} ({})", settings.host(), port(), upstreamText(),
                transportText());
    }

    private void reResolve(InetSocketAddress configured) {
        try {
            InetSocketAddress fresh = resolve(configured);
            if (!fresh.equals(upstream)) {
                LOG.warn("the proxy's upstream {} now resolves to {} (was {})", configured.getHostString(),
                        fresh.getAddress().getHostAddress(), upstream.getAddress().getHostAddress());
                upstream = fresh;
            }
        } catch (RuntimeException e) {
            LOG.warn("{}; the proxy keeps using {}", e.getMessage(), upstream);
        }
    }

    /** Resolved off the event loop (at start, then every 10 s): a lookup per connection would block it. */
    private static InetSocketAddress resolve(InetSocketAddress unresolved) {
        InetSocketAddress resolved = new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
        if (resolved.isUnresolved()) {
            throw new ProxyException("cannot resolve the proxy's upstream host " + unresolved.getHostString()
                    + ": check facade.proxy.upstream-host or the database URL");
        }
        return resolved;
    }

    /** What the drain at close did, or {@code null} before the proxy closed. */
    public ProxyDrain drained() {
        return drained;
    }

    /** The port listened on, or -1 once closed. */
    public int port() {
        Channel bound = listener;
        return bound == null ? -1 : ((InetSocketAddress) bound.localAddress()).getPort();
    }

    public String upstreamText() {
        return upstream.getHostString() + ":" + upstream.getPort();
    }

    /** The proxy's part of this replica's heartbeat: connections per instance and colour, moves not yet made. */
    public ProxyReport report() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        List<ProxyReport.PendingMove> pending = new ArrayList<>();
        int pendingIdle = 0;
        int pendingBusy = 0;
        int total = 0;
        RoutingTable table = table();
        for (ProxySession session : sessions) {
            Colour colour = session.colour();
            // From the table, not the session: its own target changes only when its event loop gets to it.
            Colour target = table.colourFor(session.instance());
            String instance = session.instance() == null ? ProxyMetrics.ANONYMOUS : session.instance();
            counts.computeIfAbsent(instance, i -> new TreeMap<>())
                    .merge(colour == null ? ProxyMetrics.NO_COLOUR : colour.label(), 1, Integer::sum);
            total++;
            if (target != null && target != colour) {
                long busy = session.busyNanos();
                if (busy == 0) {
                    pendingIdle++;
                } else {
                    pendingBusy++;
                }
                if (pending.size() < MAX_PENDING_LISTED) {
                    pending.add(new ProxyReport.PendingMove(instance, colour == null ? null : colour.label(),
                            target.label(), busy > 0, TimeUnit.NANOSECONDS.toMillis(busy)));
                }
            }
        }
        List<ProxyReport.InstanceConnections> instances = new ArrayList<>();
        counts.forEach((instance, byColour) -> byColour.forEach((colour, n) ->
                instances.add(new ProxyReport.InstanceConnections(instance, colour, n))));
        return new ProxyReport(port(), table.generation(), total, pendingIdle, pendingBusy, instances, pending);
    }

    private void routingChanged(RoutingTable table) {
        for (ProxySession session : sessions) {
            session.client().eventLoop().execute(session::routingChanged);
        }
        heartbeat.reportSoon();
    }

    // ---- for sessions ----------------------------------------------------------------------

    ProxySettings settings() {
        return settings;
    }

    ProxyMetrics metrics() {
        return metrics;
    }

    /** What every session gets of this server. */
    SessionHost sessionHost() {
        return sessionHost;
    }

    ProxyFigures figures() {
        return figures;
    }

    RoutingTable table() {
        return watcher.current();
    }

    InetSocketAddress upstream() {
        return upstream;
    }

    SslContext sslContext() {
        return sslContext;
    }

    Class<? extends SocketChannel> socketChannelClass() {
        return socketChannelClass;
    }

    ByteBuf moveCommand(Colour colour) {
        return moveCommands.get(colour).duplicate();
    }

    void register(ProxySession session) {
        sessions.add(session);
    }

    void unregister(ProxySession session) {
        sessions.remove(session);
    }

    /** A ParameterStatus from a server at login ("name\0value\0"): the server's version says its protocol range. */
    void noteParameter(String parameter) {
        if (parameter.startsWith("server_version\0")) {
            String version = parameter.substring("server_version\0".length());
            int dot = version.indexOf('.');
            try {
                int major = Integer.parseInt(dot < 0 ? version.replaceAll("\\D.*", "") : version.substring(0, dot));
                serverProtocolRange = major >= 18 ? "3.2" : "3.0";
            } catch (NumberFormatException ignored) {
                // an unusual version string: keep what was known
            }
        }
    }

    /** The newest protocol minor version the server speaks, as "3.N", for the proxy's own refusals. */
    String serverProtocolRange() {
        return serverProtocolRange;
    }

    /**
     * The server did not accept a connection. Logged at most every 10 seconds, with how many
     * more there were since: a client retrying in a loop must not flood the log.
     */
    void upstreamUnreachable(Throwable cause) {
        long now = System.nanoTime();
        long last = lastUnreachableLog.get();
        if (now - last >= UNREACHABLE_LOG_INTERVAL_NANOS && lastUnreachableLog.compareAndSet(last, now)) {
            long more = unreachableSinceLog.getAndSet(0);
            LOG.warn("the proxy could not reach the database server at {}: {}{}", upstreamText(),
                    cause == null ? "unknown" : cause.getMessage(),
                    more > 0 ? " (and " + more + " more time(s) in the last 10 s)" : "");
        } else {
            unreachableSinceLog.incrementAndGet();
        }
    }

    void moveStarted() {
        movesInFlight.incrementAndGet();
    }

    void moveFinished() {
        if (movesInFlight.decrementAndGet() == 0) {
            heartbeat.reportSoon();
        }
    }

    /** {@code facade.proxy.io-threads}, where 0 means one per processor the JVM may use. */
    int ioThreads() {
        return settings.ioThreads() > 0 ? settings.ioThreads() : Runtime.getRuntime().availableProcessors();
    }

    /** The transport and the number of event loops, once started: "epoll, 2 event loops". */
    public String transportText() {
        ProxyTransport chosen = transport;
        return chosen == null ? "not started" : chosen.name() + ", " + ioThreads() + " event loop"
                + (ioThreads() == 1 ? "" : "s");
    }

    /** A CancelRequest goes to the server as it came: the key in it is the server's own. */
    void forwardCancel(EventLoop loop, byte[] packet) {
        new Bootstrap().group(loop).channel(socketChannelClass)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .handler(new ChannelInboundHandlerAdapter())
                .connect(upstream).addListener((ChannelFutureListener) future -> {
                    if (future.isSuccess()) {
                        future.channel().writeAndFlush(Unpooled.wrappedBuffer(packet))
                                .addListener(ChannelFutureListener.CLOSE);
                    } else {
                        LOG.debug("could not forward a cancel request: {}", future.cause().toString());
                    }
                });
    }

    /**
     * Stops listening, lets connections finish the transaction they are in for up to
     * {@code facade.proxy.drain-timeout} (each closes once between transactions), then closes the
     * rest; what the drain did is {@link #drained()}.
     */
    @Override
    @PreDestroy
    public synchronized void close() {
        if (group == null) {
            return;
        }
        watcher.removeListener(routingListener);
        heartbeat.reportWith(null);
        if (resolver != null) {
            resolver.shutdownNow();
        }
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        drained = ProxyDrain.of(sessions, settings.drainTimeout());
        LOG.info("proxy stopped: {} connection(s) closed between transactions, {} cut at the {} drain limit, in {} ms",
                drained.drained(), drained.cut(), settings.drainTimeout(), drained.durationMs());
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        group = null;
        figures.close();
        listener = null;
    }
}
