package io.facadeswitch.app;

/**
 * Whether a command may create the control schema in the database it is given. Only the commands
 * that change a database on purpose install it; the others refuse a database without one, so a
 * typo in a database name installs nothing in the wrong database.
 */
public enum ControlSchemaUse {
    /** Creates or upgrades the control schema (migrate-core, deploy, serve on the embedded default). */
    INSTALL,
    /** Upgrades a control schema that is there; refuses, creating nothing, when there is none. */
    EXISTING
}
