--liquibase formatted sql

--changeset facade-switch:004-replicas
-- Every running switch (serve) reports here, with a heartbeat, the routing generation it applies.
CREATE TABLE replicas (
    id           text        PRIMARY KEY,
    host         text        NOT NULL,
    http_port    integer,
    started_at   timestamptz NOT NULL,
    heartbeat_at timestamptz NOT NULL,
    generation   bigint      NOT NULL,
    applied_at   timestamptz NOT NULL,
    listening    boolean     NOT NULL
);
