package io.facadeswitch.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog fingerprint tells two databases' schemas apart by what they are, not by how PostgreSQL printed them. */
class CatalogFingerprintTest {

    private static final String TABLE = "CREATE TABLE public.item (id int PRIMARY KEY, state varchar(20) NOT NULL,"
            + " CONSTRAINT item_state CHECK (state IN ('NEW', 'DONE')))";

    private TestDatabase original;
    private TestDatabase copy;

    @BeforeEach
    void twoDatabases() {
        original = TestPostgres.newDatabase();
        copy = TestPostgres.newDatabase();
    }

    @Test
    void aVarcharInListReprintedWithItsCastsMadeExplicitIsTheSameDefinition() throws Exception {
        original.execute(TABLE, "CREATE VIEW public.open_items AS SELECT id FROM public.item WHERE state IN ('NEW', 'OPEN')");
        // What pg_dump writes and a restore parses back: the same view, printed with other casts.
        copy.execute(TABLE, "CREATE VIEW public.open_items AS SELECT item.id FROM public.item"
                + " WHERE ((item.state)::text = ANY (ARRAY[('NEW'::character varying)::text, ('OPEN'::character varying)::text]))");

        assertThat(read(copy).differences(read(original), 10)).isEmpty();
        assertThat(read(copy).checksum()).isEqualTo(read(original).checksum());
    }

    @Test
    void anotherLiteralAColumnOrAMissingIndexIsADifferenceNamedByObject() throws Exception {
        original.execute(TABLE, "CREATE VIEW public.open_items AS SELECT id FROM public.item WHERE state IN ('NEW', 'OPEN')",
                "CREATE INDEX item_by_state ON public.item (state)", "GRANT SELECT ON public.item TO PUBLIC");
        copy.execute(TABLE, "CREATE VIEW public.open_items AS SELECT id FROM public.item WHERE state IN ('NEW', 'SHUT')");

        assertThat(read(original).differences(read(copy), 10)).containsExactly(
                "index public.item_by_state: missing in the copy", "relation public.item: differs",
                "relation public.open_items: differs");
        assertThat(read(original).checksum()).isNotEqualTo(read(copy).checksum());
    }

    @Test
    void aGrantRevokedAgainIsTheDefaultButAPolicyOrAPartitionBoundIsADifference() throws Exception {
        String partitioned = "CREATE TABLE public.event (at date NOT NULL) PARTITION BY RANGE (at)";
        original.execute(TABLE, partitioned, "GRANT SELECT ON public.item TO PUBLIC", "REVOKE SELECT ON public.item FROM PUBLIC",
                "CREATE TABLE public.event_2026 PARTITION OF public.event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
        copy.execute(TABLE, partitioned,
                "CREATE TABLE public.event_2026 PARTITION OF public.event FOR VALUES FROM ('2026-01-01') TO ('2026-07-01')",
                "CREATE POLICY own_items ON public.item USING (state = 'NEW')");

        assertThat(read(original).differences(read(copy), 10)).containsExactly(
                "policy public.item.own_items: only in the copy", "relation public.event_2026: differs");
    }

    private static CatalogFingerprint read(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return CatalogFingerprint.read(connection);
        }
    }
}
