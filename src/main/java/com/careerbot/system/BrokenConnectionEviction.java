package com.careerbot.system;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection the database server closed. Hikari recognises PostgreSQL's broken
 * connections (SQL state 08…) but not H2's ("Connection is broken", error 90067), which it would otherwise hand out
 * again and again after an H2 server restart.
 */
public class BrokenConnectionEviction implements SQLExceptionOverride {

    private static final int H2_CONNECTION_BROKEN = 90067;

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        return exception.getErrorCode() == H2_CONNECTION_BROKEN ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
