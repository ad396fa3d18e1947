--liquibase formatted sql

--changeset facade-switch:001-releases
CREATE TABLE releases (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    checksum     text        NOT NULL,
    colour       text        NOT NULL CHECK (colour IN ('blue', 'green')),
    deployed_by  text        NOT NULL,
    db_user      text        NOT NULL,
    deployed_at  timestamptz NOT NULL DEFAULT now(),
    file_count   integer     NOT NULL,
    object_count integer     NOT NULL,
    duration_ms  bigint      NOT NULL
);

-- The release's sources, so a core migration can re-run the tests of what is live.
CREATE TABLE release_files (
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    path       text   NOT NULL,
    kind       text   NOT NULL CHECK (kind IN ('facade', 'test')),
    content    text   NOT NULL,
    PRIMARY KEY (release_id, path)
);

CREATE TABLE release_objects (
    release_id      bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    kind            text   NOT NULL,
    identity        text   NOT NULL,
    definition_hash text   NOT NULL,
    columns         text,
    PRIMARY KEY (release_id, kind, identity)
);

--changeset facade-switch:001-colours-and-routing
CREATE TABLE colours (
    colour     text        PRIMARY KEY CHECK (colour IN ('blue', 'green')),
    release_id bigint      REFERENCES releases (id),
    state      text        NOT NULL CHECK (state IN ('empty', 'deployed', 'canary', 'active', 'standby')),
    changed_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((state = 'empty') = (release_id IS NULL))
);
INSERT INTO colours (colour, state) VALUES ('blue', 'empty'), ('green', 'empty');

-- One row: which colour everyone gets, and the generation that grows with every routing change.
CREATE TABLE routing (
    id         integer     PRIMARY KEY CHECK (id = 1),
    active     text        CHECK (active IN ('blue', 'green')),
    generation bigint      NOT NULL CHECK (generation >= 0),
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO routing (id, active, generation) VALUES (1, NULL, 0);
