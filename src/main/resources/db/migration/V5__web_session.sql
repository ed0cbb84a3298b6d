-- The web page's conversations: one row per session the server issued. The browser holds a random token in a cookie;
-- only its SHA-256 is kept here, and the chat's id is 'web:' || id. No message text.
CREATE TABLE web_session (
    id           VARCHAR(43)              NOT NULL PRIMARY KEY,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_session_last_seen ON web_session (last_seen_at);
