--liquibase formatted sql

--changeset facade-switch:011-rehearsals
-- One rehearsal of a release on a throwaway copy of this database: the only thing a rehearsal
-- writes here. A gate that asks for "a passing rehearsal of this checksum, younger than N" reads
-- it; the report is the whole JSON document `rehearse --json` printed.
CREATE TABLE rehearsals (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    environment  text,
    release_name text        NOT NULL,
    checksum     text        CHECK (checksum ~ '^[0-9a-f]{64}$'),
    passed       boolean     NOT NULL,
    actor        text        NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NOT NULL DEFAULT now(),
    report       jsonb       NOT NULL
);
CREATE INDEX rehearsals_checksum ON rehearsals (checksum, finished_at DESC);
