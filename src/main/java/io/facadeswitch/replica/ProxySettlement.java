package io.facadeswitch.replica;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the live switch replicas have all applied a routing generation and their proxies have
 * moved every idle connection: what {@code promote --wait} and friends wait for. Connections in a
 * transaction are not waited for; they move when it ends, and are counted.
 *
 * @param waiting one line per replica that is not there yet, saying what it still has to do
 * @param busy    connections that will move when their current transaction ends
 */
public record ProxySettlement(long generation, int replicas, int proxies, List<String> waiting, int busy) {

    public boolean settled() {
        return waiting.isEmpty();
    }

    public static ProxySettlement of(List<ReplicaRow> live, long generation) {
        List<String> waiting = new ArrayList<>();
        int busy = 0;
        int proxies = 0;
        for (ReplicaRow replica : live) {
            ProxyReport proxy = replica.proxy();
            String name = "replica " + replica.id() + " on " + replica.host();
            if (replica.generation() < generation || (proxy != null && proxy.generation() < generation)) {
                waiting.add(name + " still applies generation " + replica.generation());
                continue;
            }
            if (proxy == null) {
                continue;
            }
            proxies++;
            busy += proxy.pendingBusy();
            if (proxy.pendingIdle() > 0) {
                waiting.add(name + ": " + proxy.pendingIdle() + " idle connection(s) not yet moved ("
                        + idleInstances(proxy) + ")");
            }
        }
        return new ProxySettlement(generation, live.size(), proxies, List.copyOf(waiting), busy);
    }

    private static String idleInstances(ProxyReport proxy) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ProxyReport.PendingMove move : proxy.pending()) {
            if (!move.busy()) {
                counts.merge(move.instance() + " " + move.colour() + "->" + move.target(), 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((what, n) -> parts.add(n + " of " + what));
        return String.join(", ", parts);
    }

    /** Connections per instance and colour, summed over the replicas' proxies. */
    public static List<ProxyReport.InstanceConnections> connections(List<ReplicaRow> live) {
        Map<String, Map<String, Integer>> sums = new TreeMap<>();
        for (ReplicaRow replica : live) {
            if (replica.proxy() != null) {
                for (ProxyReport.InstanceConnections c : replica.proxy().instances()) {
                    sums.computeIfAbsent(c.instance(), i -> new TreeMap<>()).merge(c.colour(), c.connections(),
                            Integer::sum);
                }
            }
        }
        List<ProxyReport.InstanceConnections> all = new ArrayList<>();
        sums.forEach((instance, byColour) -> byColour.forEach((colour, n) ->
                all.add(new ProxyReport.InstanceConnections(instance, colour, n))));
        return all;
    }
}
