package com.careerbot.system;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection the database server closed. Hikari recognises PostgreSQL's broken
 * connections (SQL state 08…) but not H2's, which it would otherwise hand out again and again after an H2 server
 * restart: "Connection is broken" (error 90067), and "Database is already closed" (90121), a session opened while
 * the server was closing the database after its last connection dropped, which never works again.
 */
public class BrokenConnectionEviction implements SQLExceptionOverride {

    private static final int H2_CONNECTION_BROKEN = 90067;
    private static final int H2_DATABASE_CLOSED = 90121;

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        int code = exception.getErrorCode();
        return code == H2_CONNECTION_BROKEN || code == H2_DATABASE_CLOSED ? Override.MUST_EVICT
                : Override.CONTINUE_EVICT;
    }
}
