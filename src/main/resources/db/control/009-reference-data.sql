--liquibase formatted sql

--changeset facade-switch:009-reference-data
-- The last synchronization of each reference table: the checksum of what was declared (files and
-- the table's shape), so that an unchanged table costs one comparison, and how far the table's
-- change log had been settled then.
CREATE TABLE reference_data (
    table_name      text        PRIMARY KEY,
    checksum        text        NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    mode            text        NOT NULL CHECK (mode IN ('sync', 'upsert', 'insert')),
    declared_rows   bigint      NOT NULL,
    settled_through bigint      NOT NULL DEFAULT 0,
    synced_by       text        NOT NULL,
    synced_at       timestamptz NOT NULL DEFAULT now()
);

-- Every change made to a synchronized reference table by anything but the synchronization: the
-- drift of reference data, with who made it. Written by the tables' own triggers, kept as history.
CREATE TABLE reference_data_changes (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name       text        NOT NULL,
    operation        text        NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')),
    old_row          jsonb,
    new_row          jsonb,
    changed_by       text        NOT NULL DEFAULT session_user,
    application_name text        DEFAULT current_setting('application_name', true),
    client_addr      inet        DEFAULT inet_client_addr(),
    changed_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reference_data_changes_table ON reference_data_changes (table_name, id);

--changeset facade-switch:009-reference-data-trigger splitStatements:false
-- The trigger each synchronized table gets. It runs as this function's owner so that whoever may
-- write the table (an application role, a DBA's hot fix) is logged without any right on this
-- schema; the synchronization marks its own writes with a transaction-local setting and is not.
CREATE FUNCTION reference_data_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_catalog.current_setting('facade_switch.reference_sync', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO facade_switch.reference_data_changes (table_name, operation, old_row, new_row)
    VALUES (TG_TABLE_NAME, TG_OP,
            CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN pg_catalog.to_jsonb(OLD) END,
            CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN pg_catalog.to_jsonb(NEW) END);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION reference_data_changed() FROM PUBLIC;
