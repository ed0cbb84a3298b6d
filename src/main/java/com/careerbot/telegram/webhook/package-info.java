/**
 * Telegram's webhook endpoint: checks the secret header, stores the update, answers 200 at once.
 */
package com.careerbot.telegram.webhook;
