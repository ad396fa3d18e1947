package io.facadeswitch.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    public AuditEntry record(String actor, String action, @Nullable String subject, @Nullable String reason,
                             @Nullable Object before, @Nullable Object after, @Nullable Long generation) {
        return repository.save(new AuditEntry(null, null, actor, action, subject, reason,
                toJson(before), toJson(after), generation));
    }

    public List<AuditEntry> all() {
        return repository.findAllOrderByIdAsc();
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
