-- Per-chat state. Portable SQL: the same migration runs on H2 (embedded default) and PostgreSQL.
-- No message text is ever stored here.
CREATE TABLE chat (
    id                 VARCHAR(100) NOT NULL PRIMARY KEY,
    language           VARCHAR(2)   NOT NULL,
    last_intent        VARCHAR(32),
    active             BOOLEAN      NOT NULL,
    quiz_id            UUID,
    quiz_answers       VARCHAR(64),
    quiz_language      VARCHAR(2),
    quiz_started_at    TIMESTAMP WITH TIME ZONE,
    quiz_updated_at    TIMESTAMP WITH TIME ZONE,
    result_answers     VARCHAR(64),
    result_finished_at TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
