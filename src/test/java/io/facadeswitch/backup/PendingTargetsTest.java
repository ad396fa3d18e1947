package io.facadeswitch.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.backup.PendingTargets.ForeignKey;
import io.facadeswitch.backup.PendingTargets.Relations;
import io.facadeswitch.backup.PendingTargets.Targets;
import io.facadeswitch.backup.TouchedTables.Touch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What pending changesets touch, and what that reaches, without a database. */
class PendingTargetsTest {

    private static final Set<String> TABLES = Set.of("customer", "orders", "order_line", "note");

    @TempDir
    Path temp;

    @Test
    void anExecuteCommandChangesetIsNotRunByTheClassificationAndTouchesEveryTable() {
        Path marker = temp.resolve("ran");
        ExecuteShellCommandChange command = new ExecuteShellCommandChange();
        command.setExecutable("touch");
        command.addArg(marker.toString());
        ChangeSet changeSet = new ChangeSet("920-shell", "test", false, false, "changes/920.xml", null, null, null);
        changeSet.addChange(command);

        Targets targets = PendingTargets.of(List.of(changeSet), new PostgresDatabase(), "core", TABLES);

        assertThat(Files.exists(marker)).isFalse();
        assertThat(targets.tables()).containsOnlyKeys(TABLES);
        assertThat(targets.warnings()).anySatisfy(w -> assertThat(w).contains("920-shell").contains("shell command"));
    }

    @Test
    void aDeleteReachesTheTablesItsForeignKeysCascadeOrSetNullIntoTransitively() {
        Relations relations = new Relations(List.of(new ForeignKey("orders", "customer", 'c', 'a'),
                new ForeignKey("order_line", "orders", 'n', 'a'), new ForeignKey("note", "customer", 'a', 'a')), Map.of());

        Targets widened = PendingTargets.widen(targets("customer", new Touch("deleted from", false, false)), relations);

        assertThat(widened.tables()).containsOnlyKeys("customer", "orders", "order_line");
        assertThat(widened.reshaped()).isEmpty();
    }

    @Test
    void anUpdateReachesOnlyTheForeignKeysWhoseOnUpdateChangesRows() {
        Relations relations = new Relations(List.of(new ForeignKey("orders", "customer", 'c', 'a'),
                new ForeignKey("note", "customer", 'a', 'c')), Map.of());

        Targets widened = PendingTargets.widen(targets("customer", new Touch("updated", false, false)), relations);

        assertThat(widened.tables()).containsOnlyKeys("customer", "note");
    }

    @Test
    void aTruncateCascadeEmptiesEveryReferencingTableWhateverItsActions() {
        Relations relations = new Relations(List.of(new ForeignKey("orders", "customer", 'a', 'a'),
                new ForeignKey("order_line", "orders", 'r', 'a')), Map.of());

        Targets widened = PendingTargets.widen(targets("customer", new Touch("truncated", false, true)), relations);

        assertThat(widened.tables()).containsOnlyKeys("customer", "orders", "order_line");
        assertThat(widened.reshaped()).contains("orders", "order_line");
    }

    @Test
    void anInheritanceChildIsReachedUnlessItsParentIsNamedWithOnly() {
        Relations relations = new Relations(List.of(), Map.of("customer", List.of("note")));

        assertThat(PendingTargets.widen(targets("customer", new Touch("altered", false, false)), relations).tables())
                .containsOnlyKeys("customer", "note");
        assertThat(PendingTargets.widen(targets("customer", new Touch("altered", true, false)), relations).tables())
                .containsOnlyKeys("customer");
    }

    private static Targets targets(String table, Touch touch) {
        return new Targets(Map.of(table, touch.what() + " by 930"),
                TouchedTables.ROWS_ONLY.contains(touch.what()) ? Set.of() : Set.of(table), List.of(),
                Map.of(table, List.of(touch)));
    }
}
