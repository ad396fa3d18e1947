package io.facadeswitch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.core.MigrationErrorCode;
import io.facadeswitch.core.MigrationException;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** migrate-core synchronizes core-schema/reference-data/ on real PostgreSQL: rows, order, refusals, drift. */
class ReferenceDataSyncTest extends SwitchTestBase {

    private static final String STATUS_HEADER = "code,description,is_final\n";
    private static final String STATUSES = STATUS_HEADER + """
            NEW,Order created but not paid yet,false
            PAID,Payment received,false
            SHIPPED,Handed over to the carrier,false
            DELIVERED,Delivered to the customer,true
            CANCELLED,Cancelled before delivery,true
            """;
    private static final String TRANSITIONS = """
            from_status,to_status,needs_note
            NEW,PAID,false
            NEW,CANCELLED,true
            PAID,SHIPPED,false
            PAID,CANCELLED,true
            SHIPPED,DELIVERED,false
            """;

    private Path core;
    private Path data;

    @BeforeEach
    void copyCore() {
        core = Fixtures.copy(Fixtures.CORE);
        data = core.resolve("reference-data");
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(data.resolve(file), text);
    }

    private MigrationOutcome migrate() {
        return migrator().migrate(core, "tester");
    }

    private static Map<String, TableSync> byTable(MigrationOutcome outcome) {
        return outcome.referenceData().stream().collect(Collectors.toMap(TableSync::table, Function.identity()));
    }

    private String statuses() throws Exception {
        return String.join("|", db.column("SELECT code || ':' || description || ':' || is_final FROM core.order_status"
                + " ORDER BY code"));
    }

    @Test
    void theExampleReferenceDataIsLoadedByMigrateCoreAndWatchedByItsTriggers() throws Exception {
        assertThat(db.column("SELECT code FROM core.order_status ORDER BY code"))
                .containsExactly("CANCELLED", "DELIVERED", "NEW", "PAID", "SHIPPED");
        assertThat(db.value("SELECT count(*) FROM core.order_status_transition")).isEqualTo("5");
        assertThat(db.column("SELECT table_name || ':' || mode || ':' || declared_rows FROM facade_switch.reference_data"
                + " ORDER BY 1")).containsExactly("order_status:sync:5", "order_status_transition:sync:5");
        assertThat(db.column("SELECT tgname FROM pg_trigger WHERE tgrelid = 'core.order_status'::regclass AND NOT tgisinternal ORDER BY 1"))
                .containsExactly("facade_switch_reference_data", "facade_switch_reference_data_truncate");
    }

    @Test
    void insertsUpdatesAndDeletesLandInOneRunParentsBeforeChildren() throws Exception {
        write("order_status.csv", STATUSES.replace("Payment received", "Payment captured")
                + "ON_HOLD,Waiting for stock,false\n");
        write("order_status_transition.csv", TRANSITIONS.replace("PAID,CANCELLED,true\n", "") + "NEW,ON_HOLD,true\n");

        Map<String, TableSync> synced = byTable(migrate());

        assertThat(synced.get("order_status")).extracting(TableSync::inserted, TableSync::updated, TableSync::deleted)
                .containsExactly(1L, 1L, 0L);
        assertThat(synced.get("order_status_transition"))
                .extracting(TableSync::inserted, TableSync::updated, TableSync::deleted).containsExactly(1L, 0L, 1L);
        assertThat(db.value("SELECT description FROM core.order_status WHERE code = 'PAID'")).isEqualTo("Payment captured");
        assertThat(db.column("SELECT from_status || '>' || to_status FROM core.order_status_transition ORDER BY 1"))
                .containsExactly("NEW>CANCELLED", "NEW>ON_HOLD", "NEW>PAID", "PAID>SHIPPED", "SHIPPED>DELIVERED");

        // And back: the child's row must go before the parent's.
        write("order_status.csv", STATUSES);
        write("order_status_transition.csv", TRANSITIONS);
        Map<String, TableSync> back = byTable(migrate());
        assertThat(back.get("order_status").deleted()).isEqualTo(1);
        assertThat(back.get("order_status_transition").deleted()).isEqualTo(1);
        assertThat(db.value("SELECT count(*) FROM core.order_status WHERE code = 'ON_HOLD'")).isEqualTo("0");
    }

    @Test
    void aSecondRunOfTheSameDeclarationWritesNothing() throws Exception {
        String rowVersions = "SELECT string_agg(xmin::text || ctid::text, ',' ORDER BY code) FROM core.order_status";
        String before = db.value(rowVersions);
        String recorded = db.value("SELECT synced_at::text FROM facade_switch.reference_data"
                + " WHERE table_name = 'order_status'");

        MigrationOutcome again = migrate();

        assertThat(again.referenceData()).allSatisfy(t -> assertThat(t.unchanged()).as(t.table()).isTrue());
        assertThat(again.changedAnything()).isFalse();
        assertThat(db.value(rowVersions)).isEqualTo(before);
        assertThat(db.value("SELECT synced_at::text FROM facade_switch.reference_data WHERE table_name = 'order_status'"))
                .isEqualTo(recorded);
    }

    @Test
    void deletingACodeThatOrdersStillUseIsRefusedNamingTableKeyAndCountWithNothingApplied() throws Exception {
        db.execute("INSERT INTO core.customer (email, full_name) VALUES ('a@test.invalid', 'A')",
                "INSERT INTO core.customer_order (customer_id, status) SELECT id, 'DELIVERED' FROM core.customer",
                "INSERT INTO core.customer_order (customer_id, status) SELECT id, 'DELIVERED' FROM core.customer");
        write("order_status.csv", STATUSES.replace("DELIVERED,Delivered to the customer,true\n", "")
                .replace("Payment received", "Payment captured"));
        write("order_status_transition.csv", TRANSITIONS.replace("SHIPPED,DELIVERED,false\n", ""));
        String before = statuses();

        assertThatThrownBy(this::migrate)
                .isInstanceOfSatisfying(ReferenceDataException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReferenceErrorCode.REFERENCE_DELETE_REFERENCED))
                .hasMessageContaining("2 row(s) of core.customer_order")
                .hasMessageContaining("(DELIVERED): 2")
                .hasMessageContaining("customer_order_status_fkey")
                .hasMessageContaining("nothing was applied");

        assertThat(statuses()).isEqualTo(before);
        assertThat(db.value("SELECT count(*) FROM core.order_status_transition")).isEqualTo("5");
    }

    @Test
    void aParentRowThatAnotherReferenceFileStillDeclaresIsNotDeleted() throws Exception {
        write("order_status.csv", STATUSES.replace("SHIPPED,Handed over to the carrier,false\n", ""));

        assertThatThrownBy(this::migrate)
                .isInstanceOfSatisfying(ReferenceDataException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReferenceErrorCode.REFERENCE_DELETE_REFERENCED))
                .hasMessageContaining("order_status_transition")
                .hasMessageContaining("order_status_transition_from_fkey: (SHIPPED): 1")
                .hasMessageContaining("order_status_transition_to_fkey: (SHIPPED): 1");
        assertThat(db.value("SELECT count(*) FROM core.order_status WHERE code = 'SHIPPED'")).isEqualTo("1");
    }

    @Test
    void deletingACodeTheLiveReleaseNeedsIsRefusedByItsOwnTests() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        write("order_status.csv", STATUSES.replace("SHIPPED,Handed over to the carrier,false\n", ""));
        write("order_status_transition.csv", TRANSITIONS.replace("PAID,SHIPPED,false\n", "")
                .replace("SHIPPED,DELIVERED,false\n", ""));

        assertThatThrownBy(this::migrate)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.reason()).isEqualTo(MigrationErrorCode.BREAKS_LIVE_COLOUR))
                .hasMessageContaining("release 1.0.0 on blue")
                .hasMessageContaining("order_statuses: expected codes");
        assertThat(db.value("SELECT count(*) FROM core.order_status WHERE code = 'SHIPPED'")).isEqualTo("1");

        // Adding a code is an expansion the live release's tests accept.
        write("order_status.csv", STATUSES + "ON_HOLD,Waiting for stock,false\n");
        write("order_status_transition.csv", TRANSITIONS);
        assertThat(byTable(migrate()).get("order_status").inserted()).isEqualTo(1);
    }

    @Test
    void upsertKeepsRowsItDoesNotDeclareAndInsertNeverChangesARow() throws Exception {
        Fixtures.addCoreChange(core, "950-currency.xml", Fixtures.changelog("""
                <changeSet id="950-currency" author="test">
                    <sql>CREATE TABLE currency (code char(3) PRIMARY KEY, name text NOT NULL);
                         CREATE TABLE country (iso text PRIMARY KEY, name text NOT NULL);
                         INSERT INTO currency VALUES ('XTS', 'Testing code');
                         INSERT INTO country VALUES ('NL', 'Holland')</sql>
                </changeSet>"""));
        write("currency.csv", "code,name\nEUR,Euro\nXTS,Test currency\n");
        write("currency.yaml", "mode: upsert\n");
        write("country.csv", "iso,name\nNL,Netherlands\nBE,Belgium\n");
        write("country.yaml", "mode: insert\n");

        Map<String, TableSync> synced = byTable(migrate());

        assertThat(synced.get("currency")).extracting(TableSync::inserted, TableSync::updated, TableSync::deleted)
                .containsExactly(1L, 1L, 0L);
        assertThat(synced.get("country")).extracting(TableSync::inserted, TableSync::updated, TableSync::deleted)
                .containsExactly(1L, 0L, 0L);
        write("currency.csv", "code,name\nEUR,Euro\n");
        migrate();
        assertThat(db.column("SELECT code || '=' || name FROM core.currency ORDER BY code"))
                .containsExactly("EUR=Euro", "XTS=Test currency");
        assertThat(db.column("SELECT iso || '=' || name FROM core.country ORDER BY iso"))
                .containsExactly("BE=Belgium", "NL=Holland");

        // A row the application adds is what these modes allow: not drift, and no reason to read the table again.
        db.execute("INSERT INTO core.currency VALUES ('GBP', 'Pound')", "INSERT INTO core.country VALUES ('DE', 'Germany')");
        assertThat(migrator().rehearse(core).referencePlan()).filteredOn(p -> !p.table().startsWith("order_status"))
                .allSatisfy(p -> assertThat(p.drift()).as(p.table()).isEmpty());
        assertThat(byTable(migrate()).get("country").unchanged()).isTrue();
    }

    @Test
    void everyTypeIsCastByItsColumnQuotesCommasNewlinesAndEmptyTextAreKeptApartFromNull() throws Exception {
        Fixtures.addCoreChange(core, "951-types.xml", Fixtures.changelog("""
                <changeSet id="951-types" author="test">
                    <sql>CREATE TYPE mood AS ENUM ('calm', 'busy');
                         CREATE TABLE typed (id int PRIMARY KEY, label text, amount numeric(10,2), flag boolean,
                             day date, at timestamptz, doc jsonb, raw json, tags text[], mood mood, big bigint,
                             ratio double precision, created timestamptz NOT NULL DEFAULT now(),
                             label_length int GENERATED ALWAYS AS (length(label)) STORED)</sql>
                </changeSet>"""));
        write("typed.yaml", "database-columns: [created]\n");
        write("typed.csv", """
                id,label,amount,flag,day,at,doc,raw,tags,mood,big,ratio
                1,"say ""hi"", then
                leave",12.50,true,2026-12-02,2026-12-02 10:00:00+00,"{""a"": [1, 2]}","{""b"":  1}","{x,""y z""}",calm,9007199254740993,0.1
                2,"",0,false,1999-01-31,2000-01-01T00:00:00Z,null,[],{},busy,-1,1e-3
                3,\\N,\\N,\\N,\\N,\\N,\\N,\\N,\\N,\\N,\\N,\\N
                4,"\\N",1,t,2026-02-28,2026-02-28 23:59:59.999+01,{},{},"{NULL}",calm,0,-0
                """);

        migrate();

        assertThat(db.value("SELECT label FROM core.typed WHERE id = 1")).isEqualTo("say \"hi\", then\nleave");
        assertThat(db.value("SELECT label = '' FROM core.typed WHERE id = 2")).isEqualTo("t");
        assertThat(db.value("SELECT label IS NULL AND amount IS NULL AND tags IS NULL FROM core.typed WHERE id = 3"))
                .isEqualTo("t");
        assertThat(db.value("SELECT label FROM core.typed WHERE id = 4")).isEqualTo("\\N");
        assertThat(db.value("SELECT amount::text || ' ' || flag || ' ' || day || ' ' || (doc -> 'a' ->> 1) || ' '"
                + " || raw::text || ' ' || tags[2] || ' ' || mood || ' ' || big || ' ' || label_length"
                + " FROM core.typed WHERE id = 1"))
                .isEqualTo("12.50 true 2026-12-02 2 {\"b\":  1} y z calm 9007199254740993 20");
        assertThat(db.value("SELECT extract(epoch FROM at)::bigint FROM core.typed WHERE id = 2")).isEqualTo("946684800");
        assertThat(db.value("SELECT count(*) FROM core.typed WHERE created IS NOT NULL")).isEqualTo("4");

        // Compared in full, each value as its type spells it, the table holds exactly what is declared.
        assertThat(migrator().rehearse(core).referencePlan()).filteredOn(p -> p.table().equals("typed"))
                .singleElement().satisfies(p -> assertThat(p.changes()).as(p.toString()).isFalse());
    }

    @Test
    void aValueThatDoesNotCastNamesFileLineAndColumnAndNothingIsApplied() throws Exception {
        write("order_status.csv", STATUSES.replace("Payment received,false", "Payment captured,maybe"));
        write("order_status_transition.csv", TRANSITIONS + "DELIVERED,NEW,false\n");

        assertThatThrownBy(this::migrate)
                .isInstanceOfSatisfying(ReferenceDataException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReferenceErrorCode.REFERENCE_FILE_INVALID))
                .hasMessageContaining("order_status.csv line 3, column is_final (boolean)")
                .hasMessageContaining("maybe");
        assertThat(db.value("SELECT count(*) FROM core.order_status_transition")).isEqualTo("5");
        assertThat(db.value("SELECT description FROM core.order_status WHERE code = 'PAID'")).isEqualTo("Payment received");
    }

    @Test
    void aNullMarkerWithAQuoteAndABackslashReachesTheServerAsWritten() throws Exception {
        Fixtures.addCoreChange(core, "953-note.xml", Fixtures.changelog("""
                <changeSet id="953-note" author="test">
                    <sql>CREATE TABLE note (id int PRIMARY KEY, body text)</sql>
                </changeSet>"""));
        write("note.yaml", "null: \"n/a's \\\\N\"\n");
        write("note.csv", "id,body\n1,n/a's \\N\n2,\"n/a's \\N\"\n3,N\n");

        migrate();

        assertThat(db.column("SELECT id || '=' || coalesce(body, 'NULL') FROM core.note ORDER BY id"))
                .containsExactly("1=NULL", "2=n/a's \\N", "3=N");
    }

    @Test
    void twoKeysWrittenDifferentlyButEqualAsTheirTypeAreRefused() throws Exception {
        Fixtures.addCoreChange(core, "954-level.xml", Fixtures.changelog("""
                <changeSet id="954-level" author="test">
                    <sql>CREATE TABLE level (id int PRIMARY KEY, name text NOT NULL)</sql>
                </changeSet>"""));
        write("level.csv", "id,name\n1,one\n01,also one\n2,two\n");

        assertThatThrownBy(this::migrate)
                .isInstanceOfSatisfying(ReferenceDataException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReferenceErrorCode.REFERENCE_FILE_INVALID))
                .hasMessageContaining("level.csv: keys written differently are the same value as [integer]: (1) 2 times");
        assertThat(db.value("SELECT count(*) FROM pg_tables WHERE tablename = 'level'")).isEqualTo("0");
    }

    @Test
    void aBadValueAfterAValueSpanningLinesIsNamedAtItsOwnLine() throws Exception {
        write("order_status.csv", STATUS_HEADER + "NEW,\"Created,\nnot paid\",false\nPAID,Paid,nope\n"
                + STATUSES.substring(STATUSES.indexOf("SHIPPED")));

        assertThatThrownBy(this::migrate).hasMessageContaining("order_status.csv line 4, column is_final (boolean)")
                .hasMessageContaining("nope");
    }

    @Test
    void anUnknownColumnAMissingColumnAndADuplicateKeyEachNameTheirLine() throws Exception {
        write("order_status.csv", "code,descripton,is_final\nNEW,x,false\n");
        assertThatThrownBy(this::migrate).hasMessageContaining("order_status.csv line 1")
                .hasMessageContaining("did you mean description?");

        write("order_status.csv", "code,is_final\nNEW,false\n");
        assertThatThrownBy(this::migrate).hasMessageContaining("order_status.csv line 1: column description")
                .hasMessageContaining("database-columns");

        write("order_status.csv", STATUSES + "PAID,Again,false\n");
        assertThatThrownBy(this::migrate).hasMessageContaining("order_status.csv line 7")
                .hasMessageContaining("line 3");

        write("order_status.csv", "description,is_final\nx,false\n");
        write("order_status.yaml", "database-columns: [code]\n");
        assertThatThrownBy(this::migrate).hasMessageContaining("key column code is not in the header");
        assertThat(statuses()).contains("PAID:Payment received:false");
    }

    @Test
    void aRowEditedInTheDatabaseIsDriftThatPlanShowsWithItsAuthorAndMigrateCoreOverwrites() throws Exception {
        db.execute("UPDATE core.order_status SET description = 'Hot fix' WHERE code = 'PAID'",
                "DELETE FROM core.order_status_transition WHERE from_status = 'NEW' AND to_status = 'CANCELLED'");

        MigrationOutcome rehearsed = migrator().rehearse(core);
        TablePlan plan = rehearsed.referencePlan().stream().filter(p -> p.table().equals("order_status")).findFirst()
                .orElseThrow();
        assertThat(plan.updates()).isEqualTo(1);
        assertThat(plan.updated()).singleElement().satisfies(u -> {
            assertThat(u.key()).containsEntry("code", "PAID");
            assertThat(u.changed()).containsExactly("description");
            assertThat(u.before()).containsEntry("description", "Hot fix");
            assertThat(u.after()).containsEntry("description", "Payment received");
        });
        assertThat(plan.drift()).singleElement().satisfies(d -> {
            assertThat(d.operation()).isEqualTo("UPDATE");
            assertThat(d.after()).contains("Hot fix");
            assertThat(d.changedBy()).isEqualTo(db.user());
        });
        assertThat(rehearsed.referencePlan()).filteredOn(p -> p.table().equals("order_status_transition"))
                .singleElement().satisfies(p -> {
                    assertThat(p.inserted()).containsExactly(Map.of("from_status", "NEW", "to_status", "CANCELLED",
                            "needs_note", "true"));
                    assertThat(p.drift()).extracting(ReferenceDrift::operation).containsExactly("DELETE");
                });
        assertThat(db.value("SELECT description FROM core.order_status WHERE code = 'PAID'")).isEqualTo("Hot fix");

        Map<String, TableSync> synced = byTable(migrate());

        assertThat(synced.get("order_status").updated()).isEqualTo(1);
        assertThat(synced.get("order_status").driftSettled()).isEqualTo(1);
        assertThat(db.value("SELECT description FROM core.order_status WHERE code = 'PAID'")).isEqualTo("Payment received");
        assertThat(migrator().rehearse(core).referencePlan()).allSatisfy(p -> assertThat(p.drift()).isEmpty());
    }

    @Test
    void aRemovedTriggerIsPutBackAndTheTableCheckedInFull() throws Exception {
        db.execute("ALTER TABLE core.order_status DISABLE TRIGGER facade_switch_reference_data",
                "UPDATE core.order_status SET description = 'Unlogged' WHERE code = 'NEW'");

        Map<String, TableSync> synced = byTable(migrate());

        assertThat(synced.get("order_status").unchanged()).isFalse();
        assertThat(synced.get("order_status").updated()).isEqualTo(1);
        assertThat(db.value("SELECT tgenabled FROM pg_trigger WHERE tgname = 'facade_switch_reference_data'"
                + " AND tgrelid = 'core.order_status'::regclass")).isEqualTo("O");
    }

    @Test
    void pullWritesTheLiveRowsBackInKeyOrderSoThatTheNextRunChangesNothing() throws Exception {
        db.execute("UPDATE core.order_status SET description = 'Paid, \"really\"' WHERE code = 'PAID'");

        ReferencePull.Pulled pulled = context.bean(ReferencePull.class).pull(core, "order_status");

        assertThat(pulled.rows()).isEqualTo(5);
        assertThat(pulled.csv()).startsWith(STATUS_HEADER + "CANCELLED,").contains("PAID,\"Paid, \"\"really\"\"\",false\n");
        write("order_status.csv", pulled.csv());
        assertThat(byTable(migrate()).get("order_status")).extracting(TableSync::inserted, TableSync::updated,
                TableSync::deleted).containsExactly(0L, 0L, 0L);
        assertThat(db.value("SELECT description FROM core.order_status WHERE code = 'PAID'")).isEqualTo("Paid, \"really\"");
    }

    @Test
    void aTableWithoutAPrimaryKeyNeedsItsKeyNamed() throws Exception {
        Fixtures.addCoreChange(core, "952-nokey.xml", Fixtures.changelog("""
                <changeSet id="952-nokey" author="test">
                    <sql>CREATE TABLE holiday (day date NOT NULL UNIQUE, name text NOT NULL)</sql>
                </changeSet>"""));
        write("holiday.csv", "day,name\n2026-12-25,Christmas\n");

        assertThatThrownBy(this::migrate).hasMessageContaining("holiday has no primary key")
                .hasMessageContaining("holiday.yaml");
        assertThat(db.value("SELECT count(*) FROM pg_tables WHERE tablename = 'holiday'")).isEqualTo("0");

        write("holiday.yaml", "key: [day]\n");
        assertThat(byTable(migrate()).get("holiday").inserted()).isEqualTo(1);
    }
}
