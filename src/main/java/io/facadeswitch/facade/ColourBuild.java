package io.facadeswitch.facade;

import io.facadeswitch.Progress;
import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.ToolSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of a release into a schema, inside the caller's transaction: the old schema is
 * renamed out of the way ({@link RetiredColours}), a new one is created for the colour's owner,
 * the definition files run in order inside the {@link ReleaseSandbox} with the schema alone on
 * the search path, what they did is judged by its effects ({@link ReleaseEffects}), and every
 * routine gets that search path pinned, so a function in one colour never resolves a name in the
 * other whatever the caller's path. The same sandbox then runs the release's tests.
 */
final class ColourBuild {

    private final Connection connection;
    private final String schema;
    private final String owner;
    private final String coreSchema;
    private final ReleaseSandbox sandbox;
    private final ReleaseEffects effects;

    private ColourBuild(Connection connection, String schema, String owner, String coreSchema, ReleaseSandbox sandbox,
                        ReleaseEffects effects) {
        this.connection = connection;
        this.coreSchema = coreSchema;
        this.schema = schema;
        this.owner = owner;
        this.sandbox = sandbox;
        this.effects = effects;
    }

    /**
     * Prepares an empty {@code schema} owned by {@code owner}.
     *
     * @param protectedSchemas schemas whose objects must all still be there after the release code
     *                         (core, the other colour, the control schema)
     */
    static ColourBuild start(Connection connection, ToolSession session, String schema, String owner,
                             String coreSchema, List<String> protectedSchemas) throws SQLException {
        ColourOwner.prepare(connection, owner, coreSchema);
        ColourOwner.readOnlyOnCore(connection, owner, coreSchema);
        refuseOutsideDependants(connection, schema);
        RetiredColours.retire(connection, schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + Identifiers.quote(schema, "schema") + " AUTHORIZATION "
                    + Identifiers.quote(owner, "owner role"));
        }
        ReleaseSandbox sandbox = ReleaseSandbox.open(connection, session, schema, owner);
        ReleaseEffects effects = ReleaseEffects.watch(connection, sandbox, schema, owner, protectedSchemas);
        return new ColourBuild(connection, schema, owner, coreSchema, sandbox, effects);
    }

    /** Runs the definition files and refuses the release if they reached outside the schema. */
    void define(FacadeRelease release, Progress progress) throws SQLException {
        List<FacadeFile> files = release.definitions();
        for (int i = 0; i < files.size(); i++) {
            progress.count("building " + schema + ": file", i + 1, files.size(), files.get(i).path());
            sandbox.runFile(files.get(i), DeployErrorCode.SQL_FAILED);
        }
        refuseLeftovers(sandbox.restore(), "definitions");
        effects.refuseOutside(connection, "definitions", false, false);
        pinSearchPaths();
        ColourOwner.restoreCoreRights(connection, owner, coreSchema);
    }

    /** Grants the colour to the application roles, then checks nobody else got anything. */
    void grant(List<String> appRoles) throws SQLException {
        ColourPrivileges.grant(connection, schema, appRoles);
        ColourPrivileges.refuseForeignGrants(connection, schema, owner, appRoles);
    }

    /** Runs the release's tests; see {@link ReleaseTests}. */
    ReleaseTests.Coverage test(FacadeRelease release, Progress progress) throws SQLException {
        return ReleaseTests.run(connection, release, schema, sandbox, effects, progress);
    }

    /** Removes the sandbox; the build's objects stay for the caller's transaction to commit. */
    void finish() throws SQLException {
        sandbox.drop();
    }

    String schema() {
        return schema;
    }

    String owner() {
        return owner;
    }

    /** Cursors or prepared statements that a release's definitions left behind are refused. */
    static void refuseLeftovers(ToolSession.Leftovers leftovers, String phase) {
        if (leftovers.any()) {
            throw new DeployException(DeployErrorCode.REACHED_OUTSIDE, "the release's " + phase + " left "
                    + leftovers.describe() + " open in the deploying session, which would outlive the release code"
                    + " (a holdable cursor runs its query at commit); a release may only define objects");
        }
    }

    /**
     * Rebuilding moves the old colour aside and drops it later with CASCADE, which would silently
     * take along anything outside it that depends on it (a core column default calling a facade
     * function, a core view on a facade view). Such dependants are named and the deploy refused.
     */
    private static void refuseOutsideDependants(Connection connection, String schema) throws SQLException {
        List<String> oid = Sql.column(connection,
                "SELECT oid::pg_catalog.text FROM pg_catalog.pg_namespace WHERE nspname = ?", schema);
        if (oid.isEmpty()) {
            return;
        }
        List<String> dependants = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("WITH " + ColourObjects.INSIDE + """
                SELECT DISTINCT pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid)
                  FROM pg_catalog.pg_depend d
                  JOIN inside i ON d.refclassid = i.classid AND d.refobjid = i.objid
                 WHERE d.deptype IN ('n', 'a')
                   AND NOT EXISTS (SELECT 1 FROM inside o WHERE o.classid = d.classid AND o.objid = d.objid)
                 ORDER BY 1""")) {
            query.setArray(1, connection.createArrayOf("oid", new Long[] {Long.parseLong(oid.get(0))}));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dependants.add(rows.getString(1));
                }
            }
        }
        if (!dependants.isEmpty()) {
            throw new DeployException(DeployErrorCode.TARGET_IN_USE, "cannot rebuild " + schema + ": "
                    + String.join(", ", dependants) + " outside it depend(s) on it and would be dropped with it;"
                    + " nothing outside a colour may depend on the facade: remove those dependencies first");
        }
    }

    /**
     * SQL-standard bodies (BEGIN ATOMIC) are bound at creation and keep inlining; every other
     * routine is re-planned at call time with the caller's search path, so it gets its own.
     */
    private void pinSearchPaths() throws SQLException {
        String path = Identifiers.quote(schema, "schema") + ", pg_temp";
        String block = """
                DO $pin$
                DECLARE r record;
                BEGIN
                  FOR r IN SELECT p.oid::pg_catalog.regprocedure AS signature, p.prokind
                             FROM pg_catalog.pg_proc p
                            WHERE p.pronamespace = '%s'::pg_catalog.regnamespace AND p.prokind IN ('f', 'p', 'w')
                              AND p.prosqlbody IS NULL
                  LOOP
                    EXECUTE pg_catalog.format('ALTER %%s %%s SET search_path = %s',
                                   CASE r.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.signature);
                  END LOOP;
                END
                $pin$""".formatted(Identifiers.check(schema, "schema"), path.replace("'", "''"));
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            // As the owner: the deploying user may be a member without inheriting its rights.
            statement.execute("SET LOCAL ROLE " + Identifiers.quote(owner, "owner role"));
            statement.execute(block);
            statement.execute("SET LOCAL ROLE NONE");
        }
    }
}
