/**
 * The conversation engine: one entry point (chat id, text or button, language hint → replies) that every channel
 * calls. It knows neither Telegram nor HTTP.
 */
package com.careerbot.conversation;
