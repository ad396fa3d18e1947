package io.facadeswitch.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.backup.TouchedTables.Touch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a pending changeset's SQL touches, read without a database. */
class TouchedTablesTest {

    private static final Set<String> TABLES = Set.of("customer", "product", "order_line", "Mixed Case");

    private static Map<String, String> touched(String sql) {
        return TouchedTables.in(sql, "core", TABLES);
    }

    @Test
    void aDroppedOrRetypedColumnIsALossyAlterQualifiedOrNotQuotedOrNot() {
        assertThat(touched("ALTER TABLE product DROP COLUMN name")).containsExactly(Map.entry("product", "altered"));
        assertThat(touched("ALTER TABLE IF EXISTS ONLY core.customer DROP nickname")).containsOnlyKeys("customer");
        assertThat(touched("alter table \"core\".\"Mixed Case\" alter \"x\" set data type bigint"))
                .containsExactly(Map.entry("Mixed Case", "altered"));
        assertThat(touched("ALTER TABLE CUSTOMER ALTER COLUMN email TYPE varchar(300)"))
                .containsExactly(Map.entry("customer", "altered"));
    }

    @Test
    void alterationsThatLoseNoValueAreNotedAsSuchAndNotCopied() {
        for (String sql : List.of("ALTER TABLE customer ADD COLUMN phone text DEFAULT 'x'",
                "ALTER TABLE customer RENAME COLUMN email TO mail", "ALTER TABLE customer RENAME TO client",
                "ALTER TABLE customer ALTER COLUMN email SET DEFAULT 'a', ALTER email DROP DEFAULT",
                "ALTER TABLE customer ALTER COLUMN email SET NOT NULL, ALTER COLUMN email SET STATISTICS 500",
                "ALTER TABLE customer ADD CONSTRAINT email_check CHECK (email <> '') NOT VALID",
                "ALTER TABLE customer VALIDATE CONSTRAINT email_check", "ALTER TABLE customer DROP CONSTRAINT email_check",
                "ALTER TABLE customer ENABLE TRIGGER ALL", "ALTER TABLE customer OWNER TO app_owner")) {
            assertThat(touched(sql)).as(sql).containsExactly(Map.entry("customer", TouchedTables.ALTERED_WITHOUT_LOSS));
        }
    }

    @Test
    void oneLossySubcommandOrOneNotUnderstoodMakesTheWholeAlterLossy() {
        assertThat(touched("ALTER TABLE customer ADD COLUMN phone text, DROP COLUMN fax"))
                .containsExactly(Map.entry("customer", "altered"));
        assertThat(touched("ALTER TABLE customer ADD COLUMN phone numeric(10, 2), ALTER phone TYPE int"))
                .containsExactly(Map.entry("customer", "altered"));
        assertThat(touched("ALTER TABLE customer FROBNICATE")).containsExactly(Map.entry("customer", "altered"));
    }

    @Test
    void aTableNamedWithOnlyIsToldApartAndATruncateSaysWhetherItCascades() {
        assertThat(TouchedTables.touches("DELETE FROM ONLY product; UPDATE customer SET email = ''", "core", TABLES))
                .containsEntry("product", new Touch("deleted from", true, false))
                .containsEntry("customer", new Touch("updated", false, false));
        assertThat(TouchedTables.touches("TRUNCATE product CASCADE", "core", TABLES))
                .containsEntry("product", new Touch("truncated", false, true));
    }

    @Test
    void aTableOfAnotherSchemaOrOneThatDoesNotExistYetIsNotTouched() {
        assertThat(touched("ALTER TABLE facade_blue.product ADD COLUMN x int")).isEmpty();
        assertThat(touched("ALTER TABLE brand_new ADD COLUMN x int")).isEmpty();
        assertThat(touched("ALTER TABLE \"Customer\" ADD COLUMN x int")).as("quoted names keep their case").isEmpty();
    }

    @Test
    void everyTableOfADropOrATruncateListIsTouched() {
        assertThat(touched("DROP TABLE IF EXISTS product, core.order_line CASCADE"))
                .containsOnlyKeys("product", "order_line").containsValue("dropped");
        assertThat(touched("TRUNCATE TABLE ONLY customer, product * RESTART IDENTITY"))
                .containsOnlyKeys("customer", "product");
        assertThat(touched("TRUNCATE order_line")).containsOnlyKeys("order_line");
    }

    @Test
    void rowChangesTouchTheirTargetOnly() {
        assertThat(touched("UPDATE product p SET name = c.name FROM customer c WHERE p.id = c.id"))
                .containsExactly(Map.entry("product", "updated"));
        assertThat(touched("DELETE FROM ONLY order_line WHERE quantity = 0")).containsOnlyKeys("order_line");
        assertThat(touched("MERGE INTO customer c USING product p ON p.id = c.id WHEN MATCHED THEN DELETE"))
                .containsOnlyKeys("customer");
        assertThat(touched("INSERT INTO product (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = 'x'"))
                .containsExactly(Map.entry("product", "upserted into"));
    }

    @Test
    void creationsCommentsGrantsAndPlainInsertsTouchNothing() {
        assertThat(touched("""
                CREATE TABLE brand_new (id int);
                CREATE INDEX product_name ON product (name);
                COMMENT ON TABLE customer IS 'people';
                GRANT SELECT ON product TO app;
                REVOKE ALL ON customer FROM app;
                INSERT INTO product (id, name) VALUES (1, 'customer') ON CONFLICT DO NOTHING;
                DROP INDEX product_name;
                DROP VIEW customer_view CASCADE""")).isEmpty();
    }

    @Test
    void whatIsNotUnderstoodTouchesEveryTableItNamesEvenInsideItsBody() {
        assertThat(touched("DO $$ BEGIN UPDATE core.customer SET email = lower(email); END $$"))
                .containsOnlyKeys("customer");
        assertThat(touched("WITH gone AS (DELETE FROM product RETURNING id) SELECT count(*) FROM gone"))
                .containsOnlyKeys("product");
        assertThat(touched("SET search_path = core")).isEmpty();
    }

    @Test
    void aCallOfAFunctionWhoseBodyIsNotReadTouchesEveryTable() {
        assertThat(touched("SELECT archive_rows('order_line')")).containsOnlyKeys(TABLES);
        assertThat(touched("CALL tidy(); -- product is mentioned only in a comment")).containsOnlyKeys(TABLES)
                .containsValue("possibly changed by tidy(), which is not read");
        assertThat(touched("DO $$ BEGIN PERFORM tidy(); END $$")).containsOnlyKeys(TABLES);
        assertThat(touched("SELECT setval('product_id_seq', max(id)) FROM product")).containsOnlyKeys("product");
    }

    @Test
    void dropOwnedTouchesEveryTable() {
        assertThat(touched("DROP OWNED BY legacy_app CASCADE")).containsOnlyKeys(TABLES);
    }

    @Test
    void aCascadeFromATypeOrTheCoreSchemaItselfTouchesEveryTable() {
        assertThat(touched("DROP TYPE mood CASCADE")).containsOnlyKeys(TABLES);
        assertThat(touched("DROP SCHEMA core CASCADE")).containsOnlyKeys(TABLES);
        assertThat(touched("DROP TYPE mood")).isEmpty();
    }
}
