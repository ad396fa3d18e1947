package io.facadeswitch.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which backups belong to which database: a physical clone keeps its source's system identifier and name. */
class DatabaseIdentityTest {

    private static final DatabaseIdentity PROD = new DatabaseIdentity("shop", "10.0.0.5", 5432, "7301", "prod");

    @Test
    void aCloneOnAnotherAddressIsAnotherDatabaseForListingAndRetention() {
        assertThat(PROD.sameAs(new DatabaseIdentity("shop", "10.0.0.9", 5432, "7301", "staging"))).isFalse();
        assertThat(PROD.sameAs(new DatabaseIdentity("shop", "10.0.0.5", 5433, "7301", null))).isFalse();
        assertThat(PROD.sameAs(new DatabaseIdentity("shop", "10.0.0.5", 5432, "7301", null))).isTrue();
    }

    @Test
    void theSameAddressForAnotherEnvironmentIsAnotherDatabase() {
        assertThat(PROD.sameAs(new DatabaseIdentity("shop", "10.0.0.5", 5432, "7301", "staging"))).isFalse();
    }

    @Test
    void aRestoreIsRefusedIntoAnythingThatMayBeTheSourceWhateverAddressReachesIt() {
        assertThat(PROD.maybeSameAs(new DatabaseIdentity("shop", "127.0.0.1", 15432, "7301", null))).isTrue();
        assertThat(PROD.maybeSameAs(new DatabaseIdentity("shop_restore", "10.0.0.5", 5432, "7301", null))).isFalse();
    }
}
