package io.facadeswitch.drift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One object that differs from its record.
 *
 * @param layer      core, colour or reference
 * @param scope      the core schema, the colour ("blue", "green") or the reference table
 * @param change     added, changed or removed
 * @param objectKind what it is: index, column, view, function, privileges, row...
 * @param identity   its name within the scope
 * @param recorded   what the record says (a definition, a hash, a row), {@code null} when added
 * @param current    what the database has now, {@code null} when removed
 * @param state      a fingerprint of the current state, which an adoption or a discard is bound to
 * @param capture    the captured statement that did it, when the capture saw it
 * @param resolution adopted or discarded (by whom, when, why), {@code null} while undecided
 * @param advice     what to do about it
 */
@Serdeable
public record DriftItem(String layer, String scope, String change, String objectKind, String identity,
                        @Nullable String recorded, @Nullable String current, String state,
                        @Nullable CapturedStatement capture, @Nullable String resolution, String advice) {

    public boolean unresolved() {
        return resolution == null;
    }

    public String key() {
        return objectKind + " " + identity;
    }

    public DriftItem resolved(String how) {
        return new DriftItem(layer, scope, change, objectKind, identity, recorded, current, state, capture, how, advice);
    }

    public DriftItem withCapture(@Nullable CapturedStatement found) {
        return new DriftItem(layer, scope, change, objectKind, identity, recorded, current, state, found, resolution,
                advice);
    }
}
