package io.facadeswitch.backup;

import static org.assertj.core.api.Assertions.assertThat;

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
    void anAlteredTableIsTouchedQualifiedOrNotQuotedOrNot() {
        assertThat(touched("ALTER TABLE product DROP COLUMN name")).containsExactly(Map.entry("product", "altered"));
        assertThat(touched("ALTER TABLE IF EXISTS ONLY core.customer ADD COLUMN phone text")).containsOnlyKeys("customer");
        assertThat(touched("alter table \"core\".\"Mixed Case\" rename to other")).containsOnlyKeys("Mixed Case");
        assertThat(touched("ALTER TABLE CUSTOMER ALTER COLUMN email TYPE varchar(300)")).containsOnlyKeys("customer");
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
        assertThat(touched("SELECT archive_rows('order_line')")).containsOnlyKeys("order_line");
        assertThat(touched("CALL tidy(); -- product is mentioned only in a comment")).isEmpty();
        assertThat(touched("WITH gone AS (DELETE FROM product RETURNING id) SELECT count(*) FROM gone"))
                .containsOnlyKeys("product");
    }

    @Test
    void aCascadeFromATypeOrTheCoreSchemaItselfTouchesEveryTable() {
        assertThat(touched("DROP TYPE mood CASCADE")).containsOnlyKeys(TABLES);
        assertThat(touched("DROP SCHEMA core CASCADE")).containsOnlyKeys(TABLES);
        assertThat(touched("DROP TYPE mood")).isEmpty();
    }
}
