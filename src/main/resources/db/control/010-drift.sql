--liquibase formatted sql

--changeset facade-switch:010-drift
-- Every DDL statement that the tool did not run itself, written by the event triggers below: one
-- row per command, with who ran it and the objects it created, altered or dropped.
CREATE TABLE ddl_captures (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    captured_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    session_user_name text       NOT NULL,
    current_user_name text       NOT NULL,
    application_name text,
    client_addr      inet,
    command_tag      text        NOT NULL,
    objects          jsonb       NOT NULL,
    schemas          text[]      NOT NULL,
    statement        text        NOT NULL
);
CREATE INDEX ddl_captures_schemas ON ddl_captures USING gin (schemas);

-- The core schema as the last migrate-core left it: one row per table, column, constraint, index,
-- trigger, sequence, view, routine and type, with its definition, owner and privileges.
CREATE TABLE core_snapshot (
    kind       text NOT NULL,
    identity   text NOT NULL,
    definition text NOT NULL,
    PRIMARY KEY (kind, identity)
);
CREATE TABLE core_snapshot_taken (
    id       integer     PRIMARY KEY CHECK (id = 1),
    taken_at timestamptz NOT NULL DEFAULT now(),
    taken_by text        NOT NULL
);

-- Each deployed object's owner and privileges, and a stamp of its catalog rows (their xmin), as the
-- deploy left them: grants made by hand later are drift of the colour, and an object whose stamp is
-- unchanged has not been touched since, so its definition need not be read again.
CREATE TABLE release_catalog (
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    kind       text   NOT NULL,
    identity   text   NOT NULL,
    privileges text   NOT NULL,
    stamp      text   NOT NULL,
    PRIMARY KEY (release_id, kind, identity)
);

-- A difference someone decided about: adopted (written back to source) or discarded (the next
-- deploy or migration puts the recorded state back). It holds for that object in that state only:
-- a further change is drift again.
CREATE TABLE drift_resolutions (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    layer       text        NOT NULL CHECK (layer IN ('core', 'colour', 'reference')),
    scope       text        NOT NULL,
    release_id  bigint      REFERENCES releases (id) ON DELETE CASCADE,
    kind        text        NOT NULL,
    identity    text        NOT NULL,
    state       text        NOT NULL,
    resolution  text        NOT NULL CHECK (resolution IN ('adopted', 'discarded')),
    reason      text,
    resolved_by text        NOT NULL,
    resolved_at timestamptz NOT NULL DEFAULT now(),
    CHECK (resolution = 'adopted' OR length(reason) > 0)
);
CREATE INDEX drift_resolutions_object ON drift_resolutions (layer, scope, kind, identity);

-- The last check: what it found, so that status, envs and the switch's guard need not look again
-- while no DDL was captured since.
CREATE TABLE drift_checks (
    id              integer     PRIMARY KEY CHECK (id = 1),
    checked_at      timestamptz NOT NULL DEFAULT now(),
    captured_through bigint     NOT NULL,
    objects         integer     NOT NULL,
    by_layer        jsonb       NOT NULL
);

--changeset facade-switch:010-drift-capture splitStatements:false runOnChange:true
-- Records a DDL command into ddl_captures unless the tool's own session ran it (the session
-- setting facade_switch.session = 'tool' it connects with). Temporary objects and objects created
-- by extensions are left out; a command whose objects are all such is not recorded. sql_drop keeps
-- the objects a command drops (those it names and those its CASCADE takes) in a transaction-local
-- setting, and ddl_command_end, which follows it for the same command, writes one row with all of
-- them. Passwords in the statement text (PASSWORD '...', password=... in a connection string) are
-- masked. It runs as its owner, so that any role's DDL is recorded without rights on this schema,
-- and it never fails the command: an error here is a warning in the server log and the client's
-- notices. The event triggers that call it are created by the tool (only as a superuser that owns
-- this function and schema), not here.
--
-- It runs on every DDL command of every session, so it is written for speed (docs/benchmarks.md,
-- "Drift"): one statement collects the objects and writes the row, and instead of a SET search_path
-- clause (a configuration change on each call, most of what firing alone costs) every name in
-- it is qualified: functions, types and operators with pg_catalog (CASE x WHEN y and NULLIF look
-- = up on the caller's path, so neither is used), the table with its schema. A caller's
-- search_path therefore cannot put its own functions or operators in here, to run as this
-- function's owner, and pg_temp is never searched for functions or operators. Objects and schemas
-- are not made distinct (a sort per call): readers take them as sets.
CREATE OR REPLACE FUNCTION capture_ddl() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    dropped_text pg_catalog.text;
    dropped pg_catalog.jsonb;
    statement pg_catalog.text;
BEGIN
    IF pg_catalog.current_setting('facade_switch.session', true) OPERATOR(pg_catalog.=) 'tool' THEN
        RETURN;
    END IF;
    BEGIN
        IF TG_EVENT OPERATOR(pg_catalog.=) 'sql_drop' THEN
            PERFORM pg_catalog.set_config('facade_switch.dropped',
                        coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('type', object_type,
                                     'identity', object_identity, 'schema', schema_name))::pg_catalog.text, ''), true)
               FROM pg_catalog.pg_event_trigger_dropped_objects()
              WHERE (original OR normal) AND NOT is_temporary;
            RETURN;
        END IF;
        dropped_text := pg_catalog.current_setting('facade_switch.dropped', true);
        IF dropped_text OPERATOR(pg_catalog.<>) '' THEN
            dropped := dropped_text::pg_catalog.jsonb;
            PERFORM pg_catalog.set_config('facade_switch.dropped', '', true);
        END IF;
        statement := pg_catalog.left(coalesce(pg_catalog.current_query(), ''), 100000);
        IF statement OPERATOR(pg_catalog.~~*) '%password%' THEN
            statement := pg_catalog.regexp_replace(
                             pg_catalog.regexp_replace(statement, '(password\s*=?\s*)''(?:[^'']|'''')*''', '\1''***''', 'gi'),
                             '(password\s*=\s*)(?!''\*\*\*'')[^\s'',)]+', '\1***', 'gi');
        END IF;
        INSERT INTO facade_switch.ddl_captures (session_user_name, current_user_name, application_name,
                                                client_addr, command_tag, objects, schemas, statement)
        SELECT session_user,
               -- This function runs as its owner; the role the command ran as is the SET ROLE one.
               CASE WHEN pg_catalog.current_setting('role') OPERATOR(pg_catalog.=) 'none' THEN session_user
                    ELSE pg_catalog.current_setting('role') END,
               pg_catalog.current_setting('application_name', true), pg_catalog.inet_client_addr(), TG_TAG,
               coalesce(c.found, '[]') OPERATOR(pg_catalog.||) coalesce(dropped, '[]'),
               CASE WHEN dropped IS NULL THEN coalesce(c.schemas, '{}')
                    ELSE coalesce(c.schemas, '{}') OPERATOR(pg_catalog.||)
                         ARRAY(SELECT o OPERATOR(pg_catalog.->>) 'schema'
                                 FROM pg_catalog.jsonb_array_elements(dropped) o
                                WHERE o OPERATOR(pg_catalog.->>) 'schema' IS NOT NULL) END,
               statement
          FROM (SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('type', object_type,
                           'identity', object_identity, 'schema', schema_name)) AS found,
                       pg_catalog.array_agg(schema_name) FILTER (WHERE schema_name IS NOT NULL) AS schemas
                  FROM pg_catalog.pg_event_trigger_ddl_commands()
                 WHERE NOT in_extension
                   AND coalesce(schema_name, '') OPERATOR(pg_catalog.!~~) 'pg\_temp%'
                   AND coalesce(schema_name, '') OPERATOR(pg_catalog.!~~) 'pg\_toast\_temp%') c
         WHERE c.found IS NOT NULL OR dropped IS NOT NULL;
    EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'facade-switch could not record this DDL for drift checks: % (SQLSTATE %)', SQLERRM, SQLSTATE;
    END;
END
$$;
REVOKE ALL ON FUNCTION capture_ddl() FROM PUBLIC;
