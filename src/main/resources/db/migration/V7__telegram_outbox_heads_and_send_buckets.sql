-- Scale-out (issue 20). Portable SQL for H2 and PostgreSQL.
--
-- telegram_outbox: a call is written unclaimed (no owner, no lease). Whichever instance claims a chat's oldest call
-- sends it, then claims the next: a chat's calls go out one at a time, in order, whichever instance wrote them.
ALTER TABLE telegram_outbox ALTER COLUMN owner DROP NOT NULL;
ALTER TABLE telegram_outbox ALTER COLUMN locked_until DROP NOT NULL;

-- telegram_send_bucket: Telegram's sending limits shared by every instance on PostgreSQL (Bucket4j's PostgreSQL proxy
-- manager, one row per bucket: id 0 for the bot's overall limit, the chat id for a chat's). Unused on H2, where one
-- instance keeps its buckets in memory. expires_at (epoch milliseconds) lets idle chats' buckets be removed.
CREATE TABLE telegram_send_bucket (
    id         BIGINT NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
