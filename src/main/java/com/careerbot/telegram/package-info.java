/**
 * The Telegram channel: long polling or webhook with the TelegramBots client, a durable inbox in front of the
 * conversation engine, an outbox and one rate-limited, retrying sender behind it. Maps Telegram updates to engine
 * calls and the engine's replies to Bot API methods; holds no conversation logic.
 */
package com.careerbot.telegram;
