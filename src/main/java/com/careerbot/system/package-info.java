/**
 * Cross-cutting configuration: the clock, and keeping the Telegram bot token out of every log line.
 */
package com.careerbot.system;
