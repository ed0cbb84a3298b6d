-- The update itself (the user's message) moves to a table of its own, kept only until the update is handled: handling
-- an update then deletes a small row instead of rewriting one that neighbours large ones, and telegram_update keeps
-- only ids, times and owners. Portable SQL for H2 and PostgreSQL.
CREATE TABLE telegram_update_payload (
    update_id BIGINT           NOT NULL PRIMARY KEY,
    payload   VARCHAR(1000000) NOT NULL
);

INSERT INTO telegram_update_payload (update_id, payload)
SELECT update_id, payload FROM telegram_update WHERE payload IS NOT NULL;

ALTER TABLE telegram_update DROP COLUMN payload;
