package io.facadeswitch.facade;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Plans a facade deploy without changing anything: the release is built and tested in a scratch
 * schema inside a transaction that is always rolled back, and its catalog is compared with each
 * colour's. Nothing touches the colours, so planning is safe while traffic runs.
 */
@Singleton
public final class FacadePlanner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TransactionOperations<Connection> transactions;
    private final RoutingService routing;
    private final FacadeSwitchSettings settings;

    FacadePlanner(TransactionOperations<Connection> transactions, RoutingService routing,
                  FacadeSwitchSettings settings) {
        this.transactions = transactions;
        this.routing = routing;
        this.settings = settings;
    }

    public FacadePlan plan(Path facadeFolder) {
        FacadeRelease release = FacadeSourceReader.read(facadeFolder, "planned");
        String scratch = "facade_plan_" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        return transactions.executeWrite(status -> {
            status.setRollbackOnly();
            Connection connection = status.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = " + settings.ddlLockTimeout().toMillis());
            }
            RoutingSnapshot state = routing.snapshot();
            ColourBuilder.build(connection, scratch, settings.coreSchema(), settings.ownerRole(), release);
            List<FacadeObject> planned = CatalogInventory.read(connection, scratch, settings.coreSchema());
            ReleaseTests.run(connection, release, scratch, settings.ownerRole());
            List<ColourDiff> diffs = new ArrayList<>();
            String unchangedIn = null;
            for (Colour colour : Colour.values()) {
                RoutingSnapshot.ColourStatus held = state.colour(colour);
                if (release.checksum().equals(held.checksum())) {
                    unchangedIn = colour.label();
                }
                List<FacadeObject> current = CatalogInventory.read(connection, colour.schema(), settings.coreSchema());
                diffs.add(ColourDiff.between(colour.label(), held.release(), current, planned));
            }
            Colour target = state.active() == null ? Colour.BLUE : state.activeColour().other();
            return new FacadePlan(release.checksum(), target.label(), planned.size(), release.tests().size(),
                    unchangedIn, diffs);
        });
    }
}
