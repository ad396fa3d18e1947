package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The role that owns the colours and everything in them ({@code facade.owner-role}). SECURITY
 * DEFINER routines run as their owner, so the owner must be a plain role: it may read and write
 * core's rows, and nothing more. It must never be the deploying user, which may be a superuser
 * that also owns core. The build and the release's tests run as this role.
 */
final class FacadeOwner {

    private FacadeOwner() {
    }

    /**
     * Makes sure the owner role exists, is no superuser, can be assumed by the deploying user,
     * and may use core's rows; returns its quoted name.
     */
    static String prepare(Connection connection, String ownerRole, String coreSchema) throws SQLException {
        String owner = Identifiers.quote(ownerRole, "owner role");
        String core = Identifiers.quote(coreSchema, "core schema");
        try (Statement statement = connection.createStatement()) {
            Boolean superuser = superuser(connection, ownerRole);
            if (superuser == null) {
                create(statement, ownerRole, owner);
            } else if (superuser) {
                throw new DeployException(DeployException.Code.OWNER_ROLE_UNSAFE, "the owner role " + ownerRole
                        + " is a superuser: SECURITY DEFINER routines of the facade would run as superuser;"
                        + " set facade.owner-role (FACADE_OWNER_ROLE) to a plain NOLOGIN role");
            }
            if (!canAssume(connection, ownerRole)) {
                try {
                    statement.execute("GRANT " + owner + " TO CURRENT_USER");
                } catch (SQLException e) {
                    throw new DeployException(DeployException.Code.OWNER_ROLE_UNSAFE, "the deploying user cannot"
                            + " act as the owner role " + ownerRole + ": run GRANT " + ownerRole + " TO <deploying user>"
                            + " as a role administrator", null, null, e.getSQLState(), e);
                }
            }
            statement.execute("GRANT USAGE ON SCHEMA " + core + " TO " + owner);
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + core + " TO " + owner);
            statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + core + " TO " + owner);
            // Tables that later migrations add (run by this same user) come with the same rights.
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + core
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + owner);
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + core + " GRANT USAGE, SELECT ON SEQUENCES TO "
                    + owner);
        }
        return owner;
    }

    private static void create(Statement statement, String ownerRole, String owner) throws SQLException {
        try {
            statement.execute("CREATE ROLE " + owner + " NOLOGIN");
        } catch (SQLException e) {
            throw new DeployException(DeployException.Code.OWNER_ROLE_UNSAFE, "the owner role " + ownerRole
                    + " does not exist and the deploying user may not create it: run CREATE ROLE " + ownerRole
                    + " NOLOGIN; GRANT " + ownerRole + " TO <deploying user>; as a role administrator",
                    null, null, e.getSQLState(), e);
        }
    }

    private static Boolean superuser(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT rolsuper FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBoolean(1) : null;
            }
        }
    }

    private static boolean canAssume(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_has_role(current_user, ?, 'USAGE')")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
