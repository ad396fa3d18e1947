package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void statementsSplitOnSemicolonsWithTheirStartingLines() {
        List<SqlStatement> statements = SqlScript.split("-- header\nCREATE VIEW a AS SELECT 1;\n\nCREATE VIEW b AS\n  SELECT 2;\n");

        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("CREATE VIEW a AS SELECT 1", "CREATE VIEW b AS\n  SELECT 2");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 4);
    }

    @Test
    void semicolonsInsideQuotesDollarQuotesAndCommentsDoNotSplit() {
        String sql = """
                SELECT 'a;b', E'it\\'s;', "we;ird" FROM t; /* one; /* nested; */ still */
                CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;
                DO $$ BEGIN PERFORM 1; END $$;
                """;

        List<SqlStatement> statements = SqlScript.split(sql);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(1).text()).endsWith("END $body$");
        assertThat(statements.get(2).keywords()).first().isEqualTo("DO");
    }

    @Test
    void sqlStandardBodiesKeepTheirInnerSemicolons() {
        String sql = """
                CREATE OR REPLACE FUNCTION g(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
                  SELECT x;
                END;
                CREATE VIEW after_it AS SELECT 1;
                """;

        List<SqlStatement> statements = SqlScript.split(sql);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).text()).endsWith("END");
        assertThat(statements.get(1).line()).isEqualTo(6);
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        List<SqlStatement> statements = SqlScript.split(
                "CREATE FUNCTION h(int) RETURNS int LANGUAGE sql AS 'SELECT $1'; SELECT $1;");

        assertThat(statements).hasSize(2);
    }

    @Test
    void anUnterminatedDollarQuoteNamesItsLine() {
        assertThatThrownBy(() -> SqlScript.split("SELECT 1;\n\nDO $x$ BEGIN"))
                .isInstanceOf(SqlScript.SqlScriptException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void aLastStatementWithoutSemicolonStillCounts() {
        assertThat(SqlScript.split("SELECT 1;\nSELECT 2\n")).extracting(SqlStatement::text)
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void aParameterNamedBeginDoesNotOpenABlock() {
        List<SqlStatement> statements = SqlScript.split("""
                CREATE FUNCTION days_since(begin date) RETURNS int LANGUAGE sql AS $$ SELECT current_date - begin $$;
                COMMIT;
                CREATE VIEW v AS SELECT 1;
                """);

        assertThat(statements).extracting(s -> s.keywords().get(0)).containsExactly("CREATE", "COMMIT", "CREATE");
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplit() {
        List<SqlStatement> statements = SqlScript.split(
                "CREATE RULE r AS ON INSERT TO v DO INSTEAD (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1;");

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).innerLeadWords()).containsExactly("INSERT");
    }

    @Test
    void caseOutsideABlockDoesNotNeedAnEnd() {
        List<SqlStatement> statements = SqlScript.split("""
                CREATE FUNCTION sign_of(x int) RETURNS int LANGUAGE sql RETURN CASE WHEN x > 0 THEN 1 ELSE 0 END;
                CREATE VIEW w AS SELECT 1;
                """);

        assertThat(statements).hasSize(2);
    }
}
