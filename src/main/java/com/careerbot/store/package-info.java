/**
 * Per-chat state, kept in the database with plain SQL through Spring's JdbcClient: language, conversation context,
 * the quiz in progress and the last result. Never any message text.
 */
package com.careerbot.store;
