package io.facadeswitch.facade;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.ProgressReporter;
import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.ToolSession;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Plans a facade deploy without changing anything: the release is built and tested in a scratch
 * schema inside a transaction that is always rolled back, with the same sandbox and checks as a
 * deploy, and its catalog is compared with each colour's. Nothing touches the colours, so
 * planning is safe while traffic runs.
 */
@Singleton
public final class FacadePlanner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TransactionOperations<Connection> transactions;
    private final RoutingService routing;
    private final FacadeSwitchSettings settings;
    private final ToolSession session;
    private final ProgressReporter progress;

    FacadePlanner(TransactionOperations<Connection> transactions, RoutingService routing,
                  FacadeSwitchSettings settings, ToolSession session, ProgressReporter progress) {
        this.progress = progress;
        this.transactions = transactions;
        this.routing = routing;
        this.settings = settings;
        this.session = session;
    }

    public FacadePlan plan(Path facadeFolder) {
        FacadeRelease release = FacadeSourceReader.read(facadeFolder, "planned");
        String scratch = "facade_plan_" + HexFormat.of().formatHex(nextBytes(4));
        return session.isolated(() -> {
            // Read-write transactions only: a read-only one would leave this held connection read-only.
            RoutingSnapshot state = transactions.executeWrite(status -> {
                status.setRollbackOnly();
                return routing.snapshot();
            });
            Colour target = state.active() == null ? Colour.BLUE : state.activeColour().other();
            // Each colour in a transaction of its own: reading a view's definition locks what it
            // reads until the transaction ends, and the build below needs the lock table's room.
            Map<Colour, List<FacadeObject>> current = new EnumMap<>(Colour.class);
            for (Colour colour : Colour.values()) {
                current.put(colour, transactions.executeWrite(status -> {
                    status.setRollbackOnly();
                    return CatalogInventory.read(status.getConnection(), colour.schema(), settings.coreSchema());
                }));
            }
            List<FacadeObject> planned = transactions.executeWrite(status -> {
                status.setRollbackOnly();
                Connection connection = status.getConnection();
                session.enter(connection);
                ColourBuild build = ColourBuild.start(connection, session, scratch,
                        ColourOwner.of(settings.ownerRole(), target), settings.coreSchema(),
                        List.of(settings.coreSchema(), Colour.BLUE.schema(), Colour.GREEN.schema(),
                                ControlSchema.SCHEMA));
                build.define(release, progress);
                List<FacadeObject> objects = CatalogInventory.read(connection, scratch, settings.coreSchema());
                build.test(release, progress);
                return objects;
            });
            List<ColourDiff> diffs = new ArrayList<>();
            String unchangedIn = null;
            for (Colour colour : Colour.values()) {
                RoutingSnapshot.ColourStatus held = state.colour(colour);
                if (release.checksum().equals(held.checksum())) {
                    unchangedIn = colour.label();
                }
                diffs.add(ColourDiff.between(colour.label(), held.release(), current.get(colour), planned));
            }
            return new FacadePlan(release.checksum(), target.label(), planned.size(), release.tests().size(),
                    unchangedIn, diffs);
        });
    }

    private static byte[] nextBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
