package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The proxy's meters. Instance names come from clients, so the number of instances with meters
 * of their own is capped ({@code facade.proxy.max-tracked-instances}); later ones share "other".
 */
final class ProxyMetrics {

    static final String ANONYMOUS = "(none)";
    static final String OTHER = "(other)";
    static final String NO_COLOUR = "none";

    private final MeterRegistry registry;
    private final int maxInstances;
    private final Map<String, Map<String, InstanceMeters>> byInstance = new ConcurrentHashMap<>();
    private final Counter moves;
    private final Counter moveFailures;
    private final Map<String, Counter> refused = new ConcurrentHashMap<>();
    private final Counter searchPathRestores;

    ProxyMetrics(MeterRegistry registry, int maxInstances) {
        this.registry = registry;
        this.maxInstances = maxInstances;
        moves = Counter.builder("facade_proxy_moves").description("connections moved to another colour")
                .register(registry);
        moveFailures = Counter.builder("facade_proxy_move_failures")
                .description("moves the server refused; the connection stays and is tried again").register(registry);
        searchPathRestores = Counter.builder("facade_proxy_search_path_restores")
                .description("times a command reset search_path to the connection's first colour and the proxy put"
                        + " it back on its current one").register(registry);
    }

    InstanceMeters of(Colour colour, String instance) {
        String name = instance == null ? ANONYMOUS : instance;
        if (!byInstance.containsKey(name) && byInstance.size() >= maxInstances) {
            name = OTHER;
        }
        String label = colour == null ? NO_COLOUR : colour.label();
        String finalName = name;
        return byInstance.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
                .computeIfAbsent(label, l -> new InstanceMeters(registry, l, finalName));
    }

    void moved() {
        moves.increment();
    }

    void moveFailed() {
        moveFailures.increment();
    }

    /**
     * A connection refused or dropped, by why: invalid (no packet at all), protocol, tls, timeout,
     * identity, startup (passed to the server to refuse), upstream, superuser, wire (a malformed
     * message later).
     */
    void refused(String reason) {
        refused.computeIfAbsent(reason, r -> Counter.builder("facade_proxy_refused")
                .description("connections refused or closed for malformed input, a rule of the proxy or an"
                        + " unreachable server").tag("reason", r).register(registry)).increment();
    }

    void searchPathRestored() {
        searchPathRestores.increment();
    }

    /** Every (colour, instance) with meters, for the flush of the canary analysis's figures. */
    void forEachInstance(Consumer<InstanceMeters> action) {
        byInstance.values().forEach(byColour -> byColour.values().forEach(action));
    }
}
