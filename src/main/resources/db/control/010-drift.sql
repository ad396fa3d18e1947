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
CREATE OR REPLACE FUNCTION capture_ddl() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found jsonb;
    schemas text[];
    dropped text;
    statement text;
BEGIN
    IF current_setting('facade_switch.session', true) = 'tool' THEN
        RETURN;
    END IF;
    BEGIN
        IF TG_EVENT = 'sql_drop' THEN
            SELECT jsonb_agg(jsonb_build_object('type', object_type, 'identity', object_identity,
                                                'schema', schema_name))
              INTO found
              FROM pg_event_trigger_dropped_objects()
             WHERE (original OR normal) AND NOT is_temporary;
            PERFORM set_config('facade_switch.dropped', coalesce(found::text, ''), true);
            RETURN;
        END IF;
        SELECT jsonb_agg(DISTINCT jsonb_build_object('type', object_type, 'identity', object_identity,
                                                     'schema', schema_name)),
               array_agg(DISTINCT schema_name) FILTER (WHERE schema_name IS NOT NULL)
          INTO found, schemas
          FROM pg_event_trigger_ddl_commands()
         WHERE NOT in_extension
           AND coalesce(schema_name, '') NOT LIKE 'pg\_temp%'
           AND coalesce(schema_name, '') NOT LIKE 'pg\_toast\_temp%';
        dropped := current_setting('facade_switch.dropped', true);
        IF dropped <> '' THEN
            PERFORM set_config('facade_switch.dropped', '', true);
            found := coalesce(found, '[]'::jsonb) || dropped::jsonb;
            schemas := ARRAY(SELECT DISTINCT o ->> 'schema' FROM jsonb_array_elements(found) o
                              WHERE o ->> 'schema' IS NOT NULL);
        ELSIF found IS NULL THEN
            RETURN;
        END IF;
        statement := left(coalesce(current_query(), ''), 100000);
        IF statement ILIKE '%password%' THEN
            statement := regexp_replace(regexp_replace(statement, '(password\s*=?\s*)''(?:[^'']|'''')*''',
                                                       '\1''***''', 'gi'),
                                        '(password\s*=\s*)(?!''\*\*\*'')[^\s'',)]+', '\1***', 'gi');
        END IF;
        INSERT INTO facade_switch.ddl_captures (session_user_name, current_user_name, application_name,
                                                client_addr, command_tag, objects, schemas, statement)
        VALUES (session_user,
                -- This function runs as its owner; the role the command ran as is the SET ROLE one.
                CASE current_setting('role') WHEN 'none' THEN session_user ELSE current_setting('role') END,
                current_setting('application_name', true), inet_client_addr(), TG_TAG, found,
                coalesce(schemas, '{}'), statement);
    EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'facade-switch could not record this DDL for drift checks: % (SQLSTATE %)', SQLERRM, SQLSTATE;
    END;
END
$$;
REVOKE ALL ON FUNCTION capture_ddl() FROM PUBLIC;
