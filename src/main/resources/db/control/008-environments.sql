--liquibase formatted sql

--changeset facade-switch:008-environments
-- An approval request for one step of this environment's gate, bound to one bundle checksum. It
-- is open until someone rejects it or it expires; whether it opens the gate is counted from the
-- decisions at the moment of the step, against the gate as the configuration says then.
CREATE TABLE approval_requests (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    environment  text        NOT NULL CHECK (environment ~ '^[a-z][a-z0-9_-]{0,39}$'),
    step         text        NOT NULL CHECK (step IN ('migrate-core', 'deploy', 'promote', 'canary', 'rollout')),
    checksum     text        NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    release_name text        NOT NULL,
    requested_by text        NOT NULL,
    reason       text        NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL CHECK (expires_at > requested_at)
);
CREATE INDEX approval_requests_gate ON approval_requests (environment, step, checksum);

-- One decision per person and request; the requester never decides on their own request.
CREATE TABLE approval_decisions (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id bigint      NOT NULL REFERENCES approval_requests (id),
    actor      text        NOT NULL,
    decision   text        NOT NULL CHECK (decision IN ('grant', 'reject')),
    reason     text,
    decided_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (request_id, actor)
);

-- Steps done in this environment with a bundle: the record the next environment's predecessor
-- rule reads, from this database, with this environment's own credentials.
CREATE TABLE environment_steps (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    environment     text        NOT NULL,
    step            text        NOT NULL CHECK (step IN ('migrate-core', 'deploy', 'promote', 'canary', 'rollout')),
    checksum        text        NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    release_name    text        NOT NULL,
    facade_checksum text,
    core_checksum   text,
    actor           text        NOT NULL,
    emergency       boolean     NOT NULL DEFAULT false,
    reason          text,
    done_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX environment_steps_checksum ON environment_steps (checksum, step);
CREATE INDEX environment_steps_facade ON environment_steps (facade_checksum);

--changeset facade-switch:008-environments-append-only splitStatements:false
-- Requests, decisions and steps are history: kept, never rewritten.
CREATE FUNCTION environment_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'facade_switch.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER approval_requests_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON approval_requests
    FOR EACH STATEMENT EXECUTE FUNCTION environment_history_is_append_only();

CREATE TRIGGER approval_decisions_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON approval_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION environment_history_is_append_only();

CREATE TRIGGER environment_steps_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON environment_steps
    FOR EACH STATEMENT EXECUTE FUNCTION environment_history_is_append_only();
