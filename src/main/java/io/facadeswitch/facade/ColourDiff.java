package io.facadeswitch.facade;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a planned release differs from what a colour holds now, object by object. Views whose
 * columns change are listed apart: clients that cached a prepared statement on them will see
 * "cached plan must not change result type" until they re-prepare.
 */
@Serdeable
public record ColourDiff(String colour, @Nullable String release, List<String> added, List<String> removed,
                         List<String> changed, List<String> columnsChanged) {

    /** The JSON leaves empty lists out; read back through the API they are empty, not null. */
    public ColourDiff {
        added = added == null ? List.of() : added;
        removed = removed == null ? List.of() : removed;
        changed = changed == null ? List.of() : changed;
        columnsChanged = columnsChanged == null ? List.of() : columnsChanged;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static ColourDiff between(String colour, @Nullable String release, List<FacadeObject> current,
                              List<FacadeObject> planned) {
        Map<String, FacadeObject> now = index(current);
        Map<String, FacadeObject> next = index(planned);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> columnsChanged = new ArrayList<>();
        for (FacadeObject object : next.values()) {
            FacadeObject old = now.get(object.key());
            if (old == null) {
                added.add(object.key());
            } else if (!old.definitionHash().equals(object.definitionHash())) {
                changed.add(object.key());
                if (old.columns() != null && !old.columns().equals(object.columns())) {
                    columnsChanged.add(object.key() + ": (" + old.columns() + ") -> (" + object.columns() + ")");
                }
            }
        }
        List<String> removed = now.keySet().stream().filter(k -> !next.containsKey(k)).toList();
        return new ColourDiff(colour, release, added, removed, changed, columnsChanged);
    }

    private static Map<String, FacadeObject> index(List<FacadeObject> objects) {
        return objects.stream().collect(Collectors.toMap(FacadeObject::key, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }
}
