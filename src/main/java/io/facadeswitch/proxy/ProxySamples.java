package io.facadeswitch.proxy;

import java.util.List;
import java.util.Map;

/**
 * Where the proxy's figures go (the rollout analysis reads them), and which errors must get
 * there at once. The proxy counts; it does not know who reads the counts.
 */
public interface ProxySamples {

    /** What one (colour, instance) counted since the last flush that was stored. */
    record Sample(String colour, String instance, long statements, long errors, long requests,
                  double latencySumMs, double latencySqMs, Map<String, Long> errorsBySqlState) {
    }

    /** Stores one flush, all rows or none, so that a retry never counts one twice. */
    void store(String replica, List<Sample> samples) throws Exception;

    /** Whether an error with this SQLSTATE may mean a broken facade, so its figures should be flushed now. */
    boolean urgent(String sqlState);
}
