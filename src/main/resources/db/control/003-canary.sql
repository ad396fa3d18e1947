--liquibase formatted sql

--changeset facade-switch:003-canary
-- A canary sends some instances to the standby colour: pinned ones, and a sticky share whose
-- buckets come from a hash of the rollout's salt and the instance name.
ALTER TABLE routing
    ADD COLUMN canary_colour  text CHECK (canary_colour IN ('blue', 'green')),
    ADD COLUMN canary_percent numeric(7, 3) NOT NULL DEFAULT 0 CHECK (canary_percent BETWEEN 0 AND 100),
    ADD COLUMN canary_salt    text,
    ADD CONSTRAINT canary_is_whole CHECK ((canary_colour IS NULL) = (canary_salt IS NULL));

CREATE TABLE pins (
    instance  text        PRIMARY KEY CHECK (length(instance) BETWEEN 1 AND 63),
    colour    text        NOT NULL CHECK (colour IN ('blue', 'green')),
    pinned_at timestamptz NOT NULL DEFAULT now()
);
