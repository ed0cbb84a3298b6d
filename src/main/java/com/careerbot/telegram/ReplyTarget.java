package com.careerbot.telegram;

/**
 * Where the replies to one update go.
 *
 * @param originMessageId the message whose button was pressed, which a reply may replace; null otherwise
 * @param callbackQueryId the button press to acknowledge; null when the update is not a button press
 */
record ReplyTarget(long chatId, Integer originMessageId, String callbackQueryId) {
}
