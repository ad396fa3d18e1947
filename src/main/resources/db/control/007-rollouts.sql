--liquibase formatted sql

--changeset facade-switch:007-rollouts
-- A rollout walks one release through the plan's canary steps to promotion. At most one is live.
CREATE TABLE rollouts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    release_id      bigint      NOT NULL REFERENCES releases (id),
    release_name    text        NOT NULL,
    colour          text        NOT NULL CHECK (colour IN ('blue', 'green')),
    baseline        text        NOT NULL CHECK (baseline IN ('blue', 'green') AND baseline <> colour),
    plan            jsonb       NOT NULL,
    state           text        NOT NULL CHECK (state IN ('awaiting_approval', 'running', 'paused', 'inconclusive',
                                                          'promoted', 'rolled_back', 'aborted', 'rejected')),
    gate            text        CHECK (gate IN ('start', 'promote')),
    step            integer     NOT NULL,
    step_started_at timestamptz,
    window_start    timestamptz,
    failures        integer     NOT NULL DEFAULT 0,
    initiator       text        NOT NULL,
    reason          text,
    retry_of        bigint      REFERENCES rollouts (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    ended_at        timestamptz,
    CHECK ((state = 'awaiting_approval') = (gate IS NOT NULL)),
    CHECK ((state IN ('promoted', 'rolled_back', 'aborted', 'rejected')) = (ended_at IS NOT NULL))
);
CREATE UNIQUE INDEX one_live_rollout ON rollouts ((true))
    WHERE state IN ('awaiting_approval', 'running', 'paused', 'inconclusive');

-- Every analysis window's verdict, with the figures and thresholds it was reached from.
CREATE TABLE verdicts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rollout_id   bigint      NOT NULL REFERENCES rollouts (id),
    step         integer     NOT NULL,
    window_start timestamptz NOT NULL,
    window_end   timestamptz NOT NULL,
    outcome      text        NOT NULL CHECK (outcome IN ('pass', 'fail', 'broken', 'inconclusive')),
    summary      text        NOT NULL,
    inputs       jsonb       NOT NULL,
    decided_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX verdicts_by_rollout ON verdicts (rollout_id, id);

CREATE TABLE approvals (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rollout_id bigint      NOT NULL REFERENCES rollouts (id),
    gate       text        NOT NULL CHECK (gate IN ('start', 'promote')),
    decision   text        NOT NULL CHECK (decision IN ('approve', 'reject')),
    actor      text        NOT NULL,
    comment    text,
    decided_at timestamptz NOT NULL DEFAULT now()
);
