/**
 * Per-chat state, kept in the database through Spring Data JDBC: language, conversation context, the quiz in progress
 * and the last result. Never any message text.
 */
package com.careerbot.store;
