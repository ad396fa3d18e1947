package io.facadeswitch.facade;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a deployed release holds, read back from its record (its files and object inventory), and how
 * the two colours' releases differ: what the dashboard shows a release engineer before a flip.
 */
@Singleton
public final class ReleaseInventory {

    private final TransactionOperations<Connection> transactions;
    private final ReleaseRepository releases;

    ReleaseInventory(TransactionOperations<Connection> transactions, ReleaseRepository releases) {
        this.transactions = transactions;
        this.releases = releases;
    }

    /** A release's file, without its content (the files are the release's source, in version control). */
    @Serdeable
    public record StoredFile(String path, String kind, int characters) {
    }

    /** One release with its files and objects. */
    @Serdeable
    public record Detail(ReleaseEntity release, List<StoredFile> files, List<FacadeObject> objects) {
    }

    /**
     * How the other colour's release differs from the active one's ({@code from} blue when neither is active);
     * {@code diff} is empty when a colour holds no release.
     */
    @Serdeable
    public record ColoursCompared(String from, @Nullable String fromRelease, ColourDiff diff) {
    }

    public Optional<Detail> detail(String name) {
        return transactions.executeRead(status -> releases.findByName(name).map(release -> {
            try {
                Connection connection = status.getConnection();
                return new Detail(release, files(connection, release.id()), ReleaseStore.objects(connection, release.id()));
            } catch (SQLException e) {
                throw new DataAccessException("could not read release " + name + " from the control schema", e);
            }
        }));
    }

    public ColoursCompared compare(RoutingSnapshot snapshot) {
        Colour from = snapshot.active() == null ? Colour.BLUE : Colour.of(snapshot.active());
        Colour to = from.other();
        String fromRelease = snapshot.colours().get(from.label()).release();
        String toRelease = snapshot.colours().get(to.label()).release();
        return transactions.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                return new ColoursCompared(from.label(), fromRelease, ColourDiff.between(to.label(), toRelease,
                        objects(connection, fromRelease), objects(connection, toRelease)));
            } catch (SQLException e) {
                throw new DataAccessException("could not read the colours' inventories from the control schema", e);
            }
        });
    }

    private List<FacadeObject> objects(Connection connection, @Nullable String release) throws SQLException {
        if (release == null) {
            return List.of();
        }
        Optional<ReleaseEntity> entity = releases.findByName(release);
        return entity.isEmpty() ? List.of() : ReleaseStore.objects(connection, entity.get().id());
    }

    private static List<StoredFile> files(Connection connection, long releaseId) throws SQLException {
        List<StoredFile> files = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT path, kind, length(content)"
                + " FROM facade_switch.release_files WHERE release_id = ? ORDER BY path")) {
            query.setLong(1, releaseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    files.add(new StoredFile(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return files;
    }
}
