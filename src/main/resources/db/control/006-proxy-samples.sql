--liquibase formatted sql

--changeset facade-switch:006-proxy-samples
-- What each replica's proxy counted since its previous flush, per colour and instance: the
-- canary analysis sums these over every replica for the same window.
CREATE TABLE proxy_samples (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    replica        text             NOT NULL,
    sampled_at     timestamptz      NOT NULL DEFAULT clock_timestamp(),
    colour         text             NOT NULL CHECK (colour IN ('blue', 'green')),
    instance       text             NOT NULL,
    statements     bigint           NOT NULL CHECK (statements >= 0),
    errors         bigint           NOT NULL CHECK (errors >= 0),
    requests       bigint           NOT NULL CHECK (requests >= 0),
    latency_sum_ms double precision NOT NULL,
    latency_sq_ms  double precision NOT NULL,
    sqlstates      jsonb            NOT NULL DEFAULT '{}'
);
CREATE INDEX proxy_samples_by_time ON proxy_samples (sampled_at);
