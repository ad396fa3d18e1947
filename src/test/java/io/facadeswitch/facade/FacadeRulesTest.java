package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sources are checked before anything reaches the database. */
class FacadeRulesTest {

    @TempDir
    Path folder;

    @Test
    void transactionControlIsRefusedWithFileAndLine() throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT 1;\nCOMMIT;\n");

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeployErrorCode.SOURCES_INVALID);
                    assertThat(e.file()).isEqualTo("010_a.sql");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void namingAColourSchemaIsRefused() throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT * FROM facade_green.orders;\n");

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOf(DeployException.class).hasMessageContaining("facade_green");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "CREATE VIEW public.x AS SELECT 1;",
            "create or replace function core.f() returns int language sql as 'SELECT 1';",
            "/* a helper */ CREATE MATERIALIZED VIEW \"Public\" . totals AS SELECT 1;",
            "CREATE DOMAIN core.positive AS int CHECK (VALUE > 0);"})
    void aDefinitionInAnotherSchemaIsRefusedWithTheRuleNotPostgresPermissionError(String statement) throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT 1;\n" + statement + "\n");

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeployErrorCode.SOURCES_INVALID);
                    assertThat(e.line()).isEqualTo(2);
                })
                .hasMessageContaining("in another schema: create facade objects unqualified")
                .hasMessageNotContaining("permission denied");
    }

    @Test
    void aQualifiedCoreTableInsideADefinitionIsFine() throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT * FROM core.customer;\n"
                + "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM core.customer';\n");

        assertThat(FacadeSourceReader.read(folder, "1.0.0").files()).hasSize(1);
    }

    @Test
    void aCommentNamingAColourIsRefusedAsTheReadmeSays() throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT 1;\n\n-- unlike facade_green's a\n"
                + "CREATE VIEW b AS SELECT 2;\n");

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("names the schema facade_green in a comment");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "CREATE RULE r AS ON INSERT TO U&\"facade\\005fblue\".customers DO INSTEAD NOTHING;",
            "CREATE VIEW a AS SELECT * FROM u&\"facade!005Fgreen\" UESCAPE '!'.orders;",
            "CREATE VIEW a AS SELECT * FROM U&\"\\+000066acade_switch\".releases;",
            "COMMENT ON VIEW a IS U&'see facade\\005fblue';"})
    void aColourNamedThroughUnicodeEscapesIsRefusedToo(String statement) throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT 1;\n" + statement + "\n");

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeployErrorCode.SOURCES_INVALID);
                    assertThat(e.line()).isEqualTo(2);
                })
                .hasMessageMatching("(?s).*names the schema facade_(blue|green|switch).*");
    }

    @Test
    void unicodeEscapesDecodeLikeTheServerDoes() {
        assertThat(UnicodeEscapes.decode("U&\"d\\0061t\\+000061\" and U&'d!0061t!!' UESCAPE '!' and U&\"\\zz\""))
                .isEqualTo("\"data\" and 'dat!' and \"\\zz\"");
    }

    @Test
    void settingTheSearchPathIsRefused() throws Exception {
        Files.createDirectories(folder.resolve("tests"));
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT 1;\n");
        Files.writeString(folder.resolve("tests/010_t.sql"), "SET search_path = public;\n");

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.file()).isEqualTo("tests/010_t.sql"));
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Files.write(folder.resolve("010_a.sql"), new byte[] {'S', 'E', 'L', (byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOf(DeployException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void anEmptyFolderAndABadNameAreRefused() {
        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOf(DeployException.class).hasMessageContaining("no .sql file");
        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0; drop"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.BAD_RELEASE_NAME));
    }

    @Test
    void theChecksumCoversNamesContentsAndTests() throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT 1;\n");
        String first = FacadeSourceReader.read(folder, "x").checksum();
        Files.createDirectories(folder.resolve("tests"));
        Files.writeString(folder.resolve("tests/010_t.sql"), "SELECT 1;\n");
        String withTest = FacadeSourceReader.read(folder, "x").checksum();
        Files.move(folder.resolve("010_a.sql"), folder.resolve("020_a.sql"));
        String renamed = FacadeSourceReader.read(folder, "x").checksum();

        assertThat(first).isNotEqualTo(withTest).isNotEqualTo(renamed);
        assertThat(withTest).isNotEqualTo(renamed);
        assertThat(FacadeSourceReader.read(folder, "y").checksum()).isEqualTo(renamed);
    }

    @Test
    void aCommitHiddenInsideAnUnclosedBodyIsRefused() throws Exception {
        Files.writeString(folder.resolve("010_a.sql"), """
                CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;
                COMMIT;
                CREATE VIEW v AS SELECT 1;
                """);

        assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.SOURCES_INVALID))
                .hasMessageContaining("COMMIT inside a statement");
    }

    @Test
    void aDefinitionFileMayNotDropAlterGrantOrTouchData() throws Exception {
        for (String statement : new String[] {"DROP FUNCTION IF EXISTS compute_total(int)",
                "ALTER TABLE core.product ADD COLUMN x int", "GRANT SELECT ON core.product TO PUBLIC",
                "INSERT INTO core.product (sku) VALUES ('x')", "DO $$ BEGIN PERFORM 1; END $$",
                "SELECT set_config('search_path', 'core', true)", "CREATE TABLE t (id int)"}) {
            Files.writeString(folder.resolve("010_a.sql"), "CREATE VIEW a AS SELECT 1;\n" + statement + ";\n");

            assertThatThrownBy(() -> FacadeSourceReader.read(folder, "1.0.0"))
                    .as(statement)
                    .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.line()).isEqualTo(2))
                    .hasMessageContaining("is not allowed in a facade file");
        }
    }

    @Test
    void testsMayWriteDataAndUseDoBlocks() throws Exception {
        Files.writeString(folder.resolve("010_a.sql"),
                "CREATE OR REPLACE VIEW a AS SELECT 1 AS one;\nCOMMENT ON VIEW a IS 'x';\n");
        Files.createDirectories(folder.resolve("tests"));
        Files.writeString(folder.resolve("tests/010_t.sql"),
                "INSERT INTO core.product (sku) VALUES ('x');\nDO $$ BEGIN ASSERT true; END $$;\n");

        assertThat(FacadeSourceReader.read(folder, "1.0.0").files()).hasSize(2);
    }
}
