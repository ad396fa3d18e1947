package io.facadeswitch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Every synchronization test again on PostgreSQL 14, the oldest version supported: no {@code MERGE}
 * there, and the synchronization does not need it.
 */
class ReferenceDataOnPostgres14Test extends ReferenceDataSyncTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestPostgres.newDatabaseOnPostgres14();
    }

    @Test
    void theseTestsRunOnPostgres14() throws Exception {
        assertThat(db.value("SELECT current_setting('server_version_num')")).startsWith("14");
    }
}
