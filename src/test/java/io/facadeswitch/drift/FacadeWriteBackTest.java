package io.facadeswitch.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacadeWriteBackTest {

    private static final String NEW_FILE = "900_drift_20261202_1830.sql";

    @TempDir
    Path folder;

    @Test
    void aChangedViewIsReplacedWhereItStandsAndEveryOtherByteOfTheFileStays() throws IOException {
        Path facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        String before = Files.readString(facade.resolve("020_order_views.sql"));
        int start = before.indexOf("CREATE VIEW orders AS");
        String oldView = before.substring(start, before.indexOf(';', start));
        String newView = "CREATE OR REPLACE VIEW orders AS\n SELECT o.id,\n    o.customer_id\n   FROM core.customer_order o";

        WriteBack result = FacadeWriteBack.apply(facade, facade, List.of(changed("view", "orders", newView)), NEW_FILE);

        assertThat(Files.readString(facade.resolve("020_order_views.sql"))).isEqualTo(before.replace(oldView, newView));
        assertThat(result.written()).containsExactly(facade.resolve("020_order_views.sql"));
        assertThat(result.notes()).containsExactly("view orders: replaced in 020_order_views.sql line 4");
        assertThat(Files.exists(facade.resolve(NEW_FILE))).isFalse();
    }

    @Test
    void ofSeveralOverloadsTheOneWithTheSameArgumentTypesIsReplaced() throws IOException {
        write("010_f.sql", """
                CREATE FUNCTION f(p_a integer) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE FUNCTION f(p_a text) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
                CREATE FUNCTION f(IN p_a int4, p_b varchar(10) DEFAULT 'x', OUT p_c text) RETURNS text LANGUAGE sql AS $$ SELECT 'c' $$;
                """);
        String textOne = "CREATE OR REPLACE FUNCTION f(p_a text) RETURNS int LANGUAGE sql AS $$ SELECT 20 $$";
        String twoArguments = "CREATE OR REPLACE FUNCTION f(p_a integer, p_b character varying DEFAULT 'x', OUT p_c text)"
                + " RETURNS text LANGUAGE sql AS $$ SELECT 'd' $$";

        FacadeWriteBack.apply(folder, folder, List.of(changed("function", "f(text)", textOne),
                changed("function", "f(integer, character varying)", twoArguments)), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_f.sql"))).isEqualTo("""
                CREATE FUNCTION f(p_a integer) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                %s;
                %s;
                """.formatted(textOne, twoArguments));
    }

    @Test
    void routinesAreFoundHoweverPostgresqlPrintsTheirArguments() throws IOException {
        write("010_f.sql", """
                CREATE AGGREGATE pick(float8 ORDER BY anyelement) (SFUNC = s, STYPE = internal, FINALFUNC = f);
                CREATE AGGREGATE pick(int, int) (SFUNC = s2, STYPE = int4);
                CREATE FUNCTION g(VARIADIC p_parts text[]) RETURNS text LANGUAGE sql AS $$ SELECT '' $$;
                CREATE FUNCTION g(p_numbers integer[]) RETURNS text LANGUAGE sql AS $$ SELECT '' $$;
                CREATE FUNCTION g(p_a public.money_pair, p_b timestamptz(3)) RETURNS text LANGUAGE sql AS $$ SELECT '' $$;
                CREATE FUNCTION g(p_a text, p_b text) RETURNS text LANGUAGE sql AS $$ SELECT '' $$;
                """);

        WriteBack result = FacadeWriteBack.apply(folder, folder, List.of(
                removed("aggregate", "pick(double precision ORDER BY anyelement)"),
                removed("function", "g(VARIADIC p_parts text[])"),
                removed("function", "g(money_pair,timestamp with time zone)")), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_f.sql"))).isEqualTo("""
                CREATE AGGREGATE pick(int, int) (SFUNC = s2, STYPE = int4);
                CREATE FUNCTION g(p_numbers integer[]) RETURNS text LANGUAGE sql AS $$ SELECT '' $$;
                CREATE FUNCTION g(p_a text, p_b text) RETURNS text LANGUAGE sql AS $$ SELECT '' $$;
                """);
        assertThat(result.notes()).allMatch(note -> note.contains(": removed from 010_f.sql"));
    }

    @Test
    void aQuotedNameMatchesOnlyItsExactSpellingAndAnUnquotedOneMatchesAnyCase() throws IOException {
        write("010_v.sql", """
                CREATE VIEW "Order Summary" AS SELECT 1 AS a;
                CREATE VIEW Order_Summary AS SELECT 2 AS a;
                """);

        WriteBack result = FacadeWriteBack.apply(folder, folder, List.of(
                changed("view", "\"Order Summary\"", "CREATE OR REPLACE VIEW \"Order Summary\" AS SELECT 10 AS a"),
                changed("view", "order_summary", "CREATE OR REPLACE VIEW order_summary AS SELECT 20 AS a")), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_v.sql"))).isEqualTo("""
                CREATE OR REPLACE VIEW "Order Summary" AS SELECT 10 AS a;
                CREATE OR REPLACE VIEW order_summary AS SELECT 20 AS a;
                """);
        assertThat(result.notes()).containsExactly("view \"Order Summary\": replaced in 010_v.sql line 1",
                "view order_summary: replaced in 010_v.sql line 2");
    }

    @Test
    void objectsNoFileCreatesAreAppendedToTheNewFileUnderItsHeader() throws IOException {
        Path facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        String added = "CREATE OR REPLACE VIEW big_orders AS\n SELECT order_id\n   FROM order_summaries\n  WHERE total_cents > 100000";
        String otherOverload = "CREATE OR REPLACE FUNCTION order_total_cents(p_order_id integer, p_currency text) RETURNS bigint"
                + " LANGUAGE sql AS $function$ SELECT 0::bigint; $function$";

        WriteBack result = FacadeWriteBack.apply(facade, facade, List.of(added("view", "big_orders", added),
                changed("function", "order_total_cents(integer, text)", otherOverload)), NEW_FILE);

        assertThat(Files.readString(facade.resolve(NEW_FILE))).isEqualTo("""
                -- Hot fixes captured from the database by `facade-switch drift capture`.
                -- Move each definition into the file where it belongs (and delete this file) before committing.

                %s;

                %s;
                """.formatted(added, otherOverload));
        assertThat(result.written()).containsExactly(facade.resolve(NEW_FILE));
        assertThat(result.notes()).containsExactly("view big_orders: appended to " + NEW_FILE,
                "function order_total_cents(integer, text): not found in any file, appended to " + NEW_FILE);
    }

    @Test
    void anAddedObjectAlreadyInAFileIsReplacedThereRatherThanCreatedTwice() throws IOException {
        write("010_v.sql", "CREATE VIEW v AS SELECT 1 AS a;\n");

        WriteBack result = FacadeWriteBack.apply(folder, folder, List.of(added("view", "v", "CREATE VIEW v AS SELECT 2 AS a")), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_v.sql"))).isEqualTo("CREATE VIEW v AS SELECT 2 AS a;\n");
        assertThat(result.notes()).containsExactly("view v: added on the database but already in 010_v.sql line 1, replaced there");
        assertThat(Files.exists(folder.resolve(NEW_FILE))).isFalse();
    }

    @Test
    void aRemovedViewIsDeletedWithItsCommentAndTheBlankLineAfterThem() throws IOException {
        Path facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        String before = Files.readString(facade.resolve("010_reference_views.sql"));
        int start = before.indexOf("CREATE VIEW customers AS");
        int end = before.indexOf("-- Products that can currently be ordered.");

        WriteBack result = FacadeWriteBack.apply(facade, facade, List.of(removed("view", "customers")), NEW_FILE);

        assertThat(Files.readString(facade.resolve("010_reference_views.sql")))
                .isEqualTo(before.substring(0, start) + before.substring(end));
        assertThat(result.notes()).containsExactly(
                "view customers: removed from 010_reference_views.sql line 18, with the 1 statement about it that followed");
    }

    @Test
    void aRemovedOverloadTakesOnlyItsOwnCommentAndAlterWithIt() throws IOException {
        write("010_f.sql", """
                CREATE FUNCTION f(integer) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                COMMENT ON FUNCTION f(int4) IS 'one';
                ALTER FUNCTION f(integer) OWNER TO someone;

                CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
                COMMENT ON FUNCTION f(text) IS 'two';
                """);

        FacadeWriteBack.apply(folder, folder, List.of(removed("function", "f(integer)")), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_f.sql"))).isEqualTo("""
                CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
                COMMENT ON FUNCTION f(text) IS 'two';
                """);
    }

    @Test
    void aStatementAboutAnotherObjectEndsWhatIsRemovedWithTheObject() throws IOException {
        write("010_v.sql", """
                CREATE VIEW a AS SELECT 1 AS x;
                COMMENT ON COLUMN a.x IS 'x of a';
                COMMENT ON VIEW b IS 'b';
                COMMENT ON VIEW a IS 'a, further down';
                """);

        FacadeWriteBack.apply(folder, folder, List.of(removed("view", "a")), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_v.sql"))).isEqualTo("""
                COMMENT ON VIEW b IS 'b';
                COMMENT ON VIEW a IS 'a, further down';
                """);
    }

    @Test
    void removedRoutinesOfTheExampleGoWithTheCommentsOnThem() throws IOException {
        Path facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        String functions = Files.readString(facade.resolve("030_functions.sql"));
        String procedures = Files.readString(facade.resolve("040_procedures.sql"));

        FacadeWriteBack.apply(facade, facade, List.of(removed("function", "register_customer(text, text)"),
                removed("procedure", "place_order(bigint, text[], integer[], bigint)")), NEW_FILE);

        assertThat(Files.readString(facade.resolve("030_functions.sql")))
                .isEqualTo(functions.substring(0, functions.indexOf("CREATE FUNCTION register_customer")));
        assertThat(Files.readString(facade.resolve("040_procedures.sql")))
                .isEqualTo(procedures.substring(0, procedures.indexOf("CREATE PROCEDURE place_order")));
    }

    @Test
    void writingToAnotherFolderLeavesTheSourcesAsTheyWereAndWritesOnlyWhatChanged() throws IOException {
        Path facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        String before = Files.readString(facade.resolve("010_reference_views.sql"));
        Path out = folder.resolve("out");

        WriteBack result = FacadeWriteBack.apply(facade, out, List.of(removed("view", "products"),
                added("type", "money_pair", "CREATE TYPE money_pair AS (cents bigint, currency text)")), NEW_FILE);

        assertThat(Files.readString(facade.resolve("010_reference_views.sql"))).isEqualTo(before);
        assertThat(Files.exists(facade.resolve(NEW_FILE))).isFalse();
        assertThat(result.written()).containsExactly(out.resolve("010_reference_views.sql"), out.resolve(NEW_FILE));
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("010_reference_views.sql", NEW_FILE);
        }
        assertThat(Files.readString(out.resolve("010_reference_views.sql")))
                .isEqualTo(before.substring(0, before.indexOf("CREATE VIEW products")));
    }

    @Test
    void semicolonsAndTheWordCreateInsideDollarQuotedBodiesDoNotEndOrStartAStatement() throws IOException {
        String function = """
                CREATE FUNCTION make_view() RETURNS void LANGUAGE plpgsql AS $body$
                BEGIN
                    EXECUTE 'CREATE VIEW v AS SELECT 1';
                    CREATE VIEW v AS SELECT 1; -- not this one
                END;
                $body$""";
        write("010_f.sql", function + ";\n\nCREATE VIEW v AS SELECT 2 AS a;\n");

        FacadeWriteBack.apply(folder, folder, List.of(changed("view", "v", "CREATE OR REPLACE VIEW v AS SELECT 3 AS a")), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_f.sql")))
                .isEqualTo(function + ";\n\nCREATE OR REPLACE VIEW v AS SELECT 3 AS a;\n");
    }

    @Test
    void aFileWithWindowsLineEndingsKeepsThem() throws IOException {
        write("010_v.sql", "-- views\r\nCREATE VIEW v AS\r\nSELECT 1 AS a;\r\n");

        FacadeWriteBack.apply(folder, folder, List.of(changed("view", "v", "CREATE OR REPLACE VIEW v AS\n SELECT 2 AS a;\n")), NEW_FILE);

        assertThat(Files.readString(folder.resolve("010_v.sql")))
                .isEqualTo("-- views\r\nCREATE OR REPLACE VIEW v AS\r\n SELECT 2 AS a;\r\n");
    }

    @Test
    void aFolderWithoutSqlFilesAtItsTopLevelIsRefused() throws IOException {
        write("tests/010_t.sql", "SELECT 1;");

        assertThatThrownBy(() -> FacadeWriteBack.apply(folder, folder, List.of(removed("view", "v")), NEW_FILE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no .sql file at its top level");
    }

    @Test
    void aDefinitionThatIsNotTheCreateStatementOfItsObjectIsRefused() {
        assertThatThrownBy(() -> changed("view", "v", "SELECT 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be one statement starting with CREATE");
        assertThatThrownBy(() -> changed("view", "v", "CREATE VIEW w AS SELECT 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the definition creates view w");
        assertThatThrownBy(() -> changed("view", "v", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs its definition");
    }

    @Test
    void aRoutineNamedWithoutItsArgumentTypesIsRefused() {
        assertThatThrownBy(() -> removed("function", "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the name and argument types");
    }

    @Test
    void anExistingFileForAddedObjectsIsRefusedBeforeAnythingIsWritten() throws IOException {
        write("010_v.sql", "CREATE VIEW v AS SELECT 1 AS a;\n");
        write(NEW_FILE, "-- already here\n");

        assertThatThrownBy(() -> FacadeWriteBack.apply(folder, folder, List.of(removed("view", "v"),
                added("view", "w", "CREATE VIEW w AS SELECT 1 AS a")), NEW_FILE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NEW_FILE + " already exists");
        assertThat(Files.readString(folder.resolve("010_v.sql"))).isEqualTo("CREATE VIEW v AS SELECT 1 AS a;\n");
    }

    @Test
    void twoChangesOfTheSameObjectAreRefused() throws IOException {
        write("010_v.sql", "CREATE VIEW v AS SELECT 1 AS a;\n");

        assertThatThrownBy(() -> FacadeWriteBack.apply(folder, folder, List.of(removed("view", "v"),
                changed("view", "v", "CREATE VIEW v AS SELECT 2 AS a")), NEW_FILE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give each object once");
    }

    private void write(String relativePath, String text) throws IOException {
        Path file = folder.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static FacadeChange changed(String objectKind, String identity, String definition) {
        return new FacadeChange(objectKind, identity, DriftKind.CHANGED, definition);
    }

    private static FacadeChange added(String objectKind, String identity, String definition) {
        return new FacadeChange(objectKind, identity, DriftKind.ADDED, definition);
    }

    private static FacadeChange removed(String objectKind, String identity) {
        return new FacadeChange(objectKind, identity, DriftKind.REMOVED, null);
    }
}
