package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.routing.Colour;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The role that owns one colour and everything in it: {@code <facade.owner-role>_blue} and
 * {@code _green}. Release code runs with this role's rights and nothing more, and SECURITY DEFINER
 * routines run as it for as long as the release is deployed. So it must be a plain role: row
 * rights on core, no attributes, no memberships, and nothing in common with the other colour's
 * owner, which is what makes the live colour unreachable from a release being built into the
 * standby one (PostgreSQL itself refuses "must be owner").
 */
final class ColourOwner {

    /** Role attributes that would reach beyond the deploy transaction or past privileges. */
    private static final String UNSAFE_ATTRIBUTES = """
            SELECT concat_ws(', ', CASE WHEN rolsuper THEN 'SUPERUSER' END, CASE WHEN rolcreaterole THEN 'CREATEROLE' END,
                             CASE WHEN rolcreatedb THEN 'CREATEDB' END, CASE WHEN rolreplication THEN 'REPLICATION' END,
                             CASE WHEN rolbypassrls THEN 'BYPASSRLS' END, CASE WHEN rolcanlogin THEN 'LOGIN' END)
              FROM pg_catalog.pg_roles WHERE rolname = ?""";

    private ColourOwner() {
    }

    /** The owner role of a colour, derived from the configured base name. */
    static String of(String baseRole, Colour colour) {
        return Identifiers.check(Identifiers.check(baseRole, "owner role") + "_" + colour.label(), "owner role");
    }

    /**
     * Makes sure the role exists (creating it NOLOGIN when the deploying user may), is plain, can
     * be assumed by the deploying user, may use core's rows, and has no default privileges that
     * would widen what a release creates.
     */
    static void prepare(Connection connection, String role, String coreSchema) throws SQLException {
        String owner = Identifiers.quote(role, "owner role");
        String core = Identifiers.quote(coreSchema, "core schema");
        if (Sql.column(connection, "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", role).isEmpty()) {
            create(connection, role, owner);
        }
        refuseUnsafe(connection, role);
        if (!Boolean.parseBoolean(Sql.column(connection,
                "SELECT pg_catalog.pg_has_role(current_user, ?, 'USAGE')::text", role).get(0))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("GRANT " + owner + " TO CURRENT_USER");
            } catch (SQLException e) {
                throw new DeployException(DeployErrorCode.OWNER_ROLE_UNSAFE, "the deploying user cannot act as"
                        + " the owner role " + role + " (" + SqlErrors.describe(e) + "): run GRANT " + role
                        + " TO <deploying user> as a role"
                        + " administrator", null, null, e.getSQLState(), e);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("GRANT USAGE ON SCHEMA " + core + " TO " + owner);
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + core + " TO " + owner);
            statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + core + " TO " + owner);
            // Tables that later migrations add (run by this same user) come with the same rights.
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + core
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + owner);
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + core + " GRANT USAGE, SELECT ON SEQUENCES TO "
                    + owner);
        }
    }

    /**
     * While a release is built, its owner may only read core: no row of core can be written,
     * locked for update, or a table of core locked beyond ACCESS SHARE by a definition (a
     * materialized view's query, a domain's check run while a cast is parsed). In the deploy's
     * transaction; {@link #restoreCoreRights} gives the rest back before the release's tests run.
     */
    static void readOnlyOnCore(Connection connection, String role, String coreSchema) throws SQLException {
        String owner = Identifiers.quote(role, "owner role");
        String core = Identifiers.quote(coreSchema, "core schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + core + " FROM " + owner);
            statement.execute("REVOKE USAGE ON ALL SEQUENCES IN SCHEMA " + core + " FROM " + owner);
        }
    }

    /** The owner's full rights on core's rows again (for the tests, and for its routines once deployed). */
    static void restoreCoreRights(Connection connection, String role, String coreSchema) throws SQLException {
        String owner = Identifiers.quote(role, "owner role");
        String core = Identifiers.quote(coreSchema, "core schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + core + " TO " + owner);
            statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + core + " TO " + owner);
        }
    }

    /** The name of the role that owns a schema (a live colour may predate per-colour owners). */
    static String ownerOf(Connection connection, String schema) throws SQLException {
        List<String> owner = Sql.column(connection,
                "SELECT nspowner::pg_catalog.regrole::text FROM pg_catalog.pg_namespace WHERE nspname = ?", schema);
        return owner.isEmpty() ? null : owner.get(0);
    }

    /**
     * Refuses a role whose rights reach beyond a plain role's: attributes, memberships (it would
     * hand their rights to release code), or default privileges set for it (they would widen every
     * object a release creates).
     */
    static void refuseUnsafe(Connection connection, String role) throws SQLException {
        String attributes = Sql.column(connection, UNSAFE_ATTRIBUTES, role).get(0);
        if (!attributes.isEmpty()) {
            throw new DeployException(DeployErrorCode.OWNER_ROLE_UNSAFE, "the owner role " + role + " has "
                    + attributes + ": release code and SECURITY DEFINER routines run as this role, so it must be a"
                    + " plain NOLOGIN role; run ALTER ROLE " + role + " NOSUPERUSER NOCREATEROLE NOCREATEDB"
                    + " NOREPLICATION NOBYPASSRLS NOLOGIN, or set facade.owner-role (FACADE_OWNER_ROLE) to another"
                    + " base name");
        }
        List<String> memberOf = Sql.column(connection, """
                SELECT m.roleid::pg_catalog.regrole::text FROM pg_catalog.pg_auth_members m
                 WHERE m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = ?) ORDER BY 1""", role);
        if (!memberOf.isEmpty()) {
            throw new DeployException(DeployErrorCode.OWNER_ROLE_UNSAFE, "the owner role " + role
                    + " is a member of " + String.join(", ", memberOf) + ", whose rights release code would get;"
                    + " revoke that (REVOKE " + memberOf.get(0) + " FROM " + role + ")");
        }
        List<String> defaults = Sql.column(connection, """
                SELECT coalesce(n.nspname, 'every schema') || ' (' || d.defaclobjtype::text || ': '
                       || d.defaclacl::text || ')'
                  FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
                 WHERE d.defaclrole = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = ?) ORDER BY 1""", role);
        if (!defaults.isEmpty()) {
            throw new DeployException(DeployErrorCode.OWNER_ROLE_UNSAFE, "the owner role " + role
                    + " has default privileges in " + String.join(", ", defaults) + ": they would grant every object"
                    + " a release creates; remove them with ALTER DEFAULT PRIVILEGES FOR ROLE " + role
                    + " REVOKE ... (the deployer grants a colour to the application roles itself)");
        }
    }

    private static void create(Connection connection, String role, String owner) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + owner + " NOLOGIN");
        } catch (SQLException e) {
            throw new DeployException(DeployErrorCode.OWNER_ROLE_UNSAFE, "the owner role " + role
                    + " does not exist and the deploying user may not create it (" + SqlErrors.describe(e)
                    + "): run CREATE ROLE " + role
                    + " NOLOGIN; GRANT " + role + " TO <deploying user>; as a role administrator",
                    null, null, e.getSQLState(), e);
        }
    }

    /** Whether the role may create temporary objects, which the sandbox that runs release code is. */
    static boolean mayUseTemporaryObjects(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT pg_catalog.has_database_privilege(?, pg_catalog.current_database(), 'TEMPORARY')")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
