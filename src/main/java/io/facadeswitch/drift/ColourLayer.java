package io.facadeswitch.drift;

import io.facadeswitch.core.CatalogEntry;
import io.facadeswitch.facade.CatalogInventory;
import io.facadeswitch.facade.ColourRecord;
import io.facadeswitch.facade.FacadeObject;
import io.facadeswitch.routing.Colour;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One colour compared with the release deployed into it: the objects and their definition hashes
 * (added, changed, removed), and the owner and privileges of each, as the deploy left them.
 */
final class ColourLayer {

    private ColourLayer() {
    }

    /** A colour's release, as the colours table names it. */
    record Deployed(Colour colour, long releaseId, String release) {
    }

    /**
     * The colour's differences from its release. Where the deploy recorded each object's catalog
     * stamp, only objects whose stamp moved (or that came or went) have their definitions read,
     * so an untouched colour costs one catalog query and takes no lock on its views; a release
     * recorded before stamps existed is read whole.
     */
    static List<DriftItem> compare(Connection connection, Deployed deployed, String coreSchema) throws SQLException {
        String schema = deployed.colour().schema();
        Map<String, FacadeObject> recorded = byKey(ColourRecord.recordedObjects(connection, deployed.releaseId()));
        Optional<Map<String, ColourRecord.ObjectState>> recordedStates =
                ColourRecord.recordedCatalog(connection, deployed.releaseId());
        Map<String, ColourRecord.ObjectState> states = ColourRecord.catalog(connection, schema);
        Map<String, FacadeObject> current;
        if (recordedStates.isPresent()) {
            Set<String> touched = new TreeSet<>();
            for (String key : recorded.keySet()) {
                ColourRecord.ObjectState was = recordedStates.get().get(key);
                ColourRecord.ObjectState now = states.get(key);
                if (was == null || now == null || !was.stamp().equals(now.stamp())) {
                    touched.add(key);
                }
            }
            states.keySet().stream().filter(key -> !recorded.containsKey(key) && !key.startsWith("schema "))
                    .forEach(touched::add);
            current = new TreeMap<>(recorded);
            touched.forEach(current::remove);
            current.putAll(byKey(CatalogInventory.read(connection, schema, touched)));
        } else {
            current = byKey(CatalogInventory.read(connection, schema, coreSchema));
        }
        List<DriftItem> items = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(recorded.keySet());
        keys.addAll(current.keySet());
        TreeSet<String> addedOrRemoved = new TreeSet<>();
        for (String key : keys) {
            FacadeObject was = recorded.get(key);
            FacadeObject now = current.get(key);
            if (was != null && now != null && was.definitionHash().equals(now.definitionHash())) {
                continue;
            }
            DriftKind change = was == null ? DriftKind.ADDED : now == null ? DriftKind.REMOVED : DriftKind.CHANGED;
            if (change != DriftKind.CHANGED) {
                addedOrRemoved.add(key);
            }
            FacadeObject either = now != null ? now : was;
            items.add(new DriftItem(DriftLayer.COLOUR.label(), deployed.colour().label(), change.label(), either.kind(),
                    either.identity(), was == null ? null : shortHash(was), now == null ? null : shortHash(now),
                    now == null ? CatalogEntry.ABSENT : now.definitionHash(), null, null, advice(deployed, change)));
        }
        recordedStates.ifPresent(was -> items.addAll(privileges(deployed, was, states, addedOrRemoved)));
        return items;
    }

    private static List<DriftItem> privileges(Deployed deployed, Map<String, ColourRecord.ObjectState> recordedStates,
                                              Map<String, ColourRecord.ObjectState> currentStates,
                                              TreeSet<String> addedOrRemoved) {
        Map<String, String> recorded = privilegesOf(recordedStates);
        Map<String, String> current = privilegesOf(currentStates);
        List<DriftItem> items = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(recorded.keySet());
        keys.addAll(current.keySet());
        for (String key : keys) {
            String was = recorded.get(key);
            String now = current.get(key);
            if (addedOrRemoved.contains(key) || (was != null && was.equals(now))) {
                continue;
            }
            DriftKind change = was == null ? DriftKind.ADDED : now == null ? DriftKind.REMOVED : DriftKind.CHANGED;
            items.add(new DriftItem(DriftLayer.COLOUR.label(), deployed.colour().label(), change.label(), "privileges",
                    key, was, now, now == null ? CatalogEntry.ABSENT : CatalogEntry.state(new CatalogEntry("", "", now)),
                    null, null, "owner or privileges changed by hand in " + deployed.colour().schema() + ": the deployer"
                        + " grants a colour itself (app roles from facade-switch.yaml / --app-role); 'drift discard"
                        + " --reason ...' lets the next deploy put them back, or change the configured roles"));
        }
        return items;
    }

    private static Map<String, String> privilegesOf(Map<String, ColourRecord.ObjectState> states) {
        Map<String, String> privileges = new TreeMap<>();
        states.forEach((key, state) -> privileges.put(key, state.privileges()));
        return privileges;
    }

    private static String advice(Deployed deployed, DriftKind change) {
        return switch (change) {
            case ADDED -> "created by hand in " + deployed.colour().schema() + " (release " + deployed.release() + ")";
            case CHANGED -> "changed by hand in " + deployed.colour().schema() + " (release " + deployed.release() + ")";
            case REMOVED -> "dropped by hand from " + deployed.colour().schema() + " (release " + deployed.release() + ")";
        } + ": 'drift adopt' writes it into facade-schema/ for the next release; 'drift discard --reason ...' lets"
                + " the next deploy rebuild the colour without it";
    }

    private static String shortHash(FacadeObject object) {
        return "sha256:" + object.definitionHash().substring(0, 12);
    }

    private static Map<String, FacadeObject> byKey(List<FacadeObject> objects) {
        return objects.stream().collect(Collectors.toMap(FacadeObject::key, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }
}
