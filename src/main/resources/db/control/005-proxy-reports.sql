--liquibase formatted sql

--changeset facade-switch:005-proxy-reports
-- A replica's proxy reports its connections per instance and colour, and the moves it has still
-- to make, with every heartbeat (serve --proxy-port).
ALTER TABLE replicas ADD COLUMN proxy jsonb;
