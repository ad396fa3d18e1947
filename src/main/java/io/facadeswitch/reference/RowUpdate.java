package io.facadeswitch.reference;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** One row a synchronization would update: its key, and the changed columns' values before and after. */
@Serdeable
public record RowUpdate(Map<String, String> key, List<String> changed, Map<String, String> before,
                        Map<String, String> after) {
}
