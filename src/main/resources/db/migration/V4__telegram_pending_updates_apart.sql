-- The inbox split by purpose, so that handling an update changes one small table and no secondary index:
-- telegram_update keeps only the ids seen (insert-only: a duplicate is recognised for a day, polling resumes after
-- the highest), telegram_pending_update holds each update still to handle, with its payload, chat and lease, and
-- loses the row once the update is handled. Portable SQL for H2 and PostgreSQL.
CREATE TABLE telegram_pending_update (
    update_id    BIGINT                   NOT NULL PRIMARY KEY,
    chat_key     VARCHAR(40),
    payload      VARCHAR(1000000)         NOT NULL,
    owner        VARCHAR(36)              NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO telegram_pending_update (update_id, chat_key, payload, owner, locked_until)
SELECT u.update_id, u.chat_key, p.payload, u.owner, u.locked_until
FROM telegram_update u JOIN telegram_update_payload p ON p.update_id = u.update_id
WHERE u.handled_at IS NULL;

DROP TABLE telegram_update_payload;
DROP INDEX telegram_update_pending;
ALTER TABLE telegram_update DROP COLUMN chat_key;
ALTER TABLE telegram_update DROP COLUMN owner;
ALTER TABLE telegram_update DROP COLUMN locked_until;
ALTER TABLE telegram_update DROP COLUMN handled_at;
CREATE INDEX telegram_update_received ON telegram_update (received_at);
