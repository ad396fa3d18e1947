package io.facadeswitch.control;

import io.facadeswitch.OperatorText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes audit entries. Callers write them inside the transaction of the change they record, so a
 * change and its audit line commit together or not at all.
 */
@Singleton
public final class AuditLog {

    private final AuditRepository repository;
    private final ObjectMapper json;

    AuditLog(AuditRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /**
     * Writes one entry. The reason and the actor come from people: one that is too long or holds
     * a control character is refused ({@link OperatorText.InvalidInput}), and with it the change,
     * since both are in one transaction.
     */
    public AuditEntry record(String actor, String action, @Nullable String subject, @Nullable String reason,
                             @Nullable Object before, @Nullable Object after, @Nullable Long generation) {
        String who = OperatorText.reason("the actor", actor);
        if (who == null) {
            throw new OperatorText.InvalidInput("the actor is empty: name who makes the change (--actor)");
        }
        return repository.save(new AuditEntry(null, null, who, action, subject, OperatorText.reason("the reason", reason),
                toJson(before), toJson(after), generation));
    }

    public List<AuditEntry> all() {
        return repository.findAllOrderByIdAsc();
    }

    /** The newest {@code limit} entries, oldest first, read as such (the log only grows). */
    public List<AuditEntry> newest(int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(repository.findNewest(limit));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an audit document", e);
        }
    }
}
