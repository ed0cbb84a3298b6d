package com.careerbot.telegram;

import java.util.concurrent.atomic.AtomicLong;

/** Bot API update JSON for tests, shaped like Telegram's. */
final class Updates {

    private static final AtomicLong IDS = new AtomicLong(1);
    private static final AtomicLong CHATS = new AtomicLong(10_000);

    private Updates() {
    }

    static long nextId() {
        return IDS.getAndIncrement();
    }

    /** A chat no other test uses. */
    static long newChat() {
        return CHATS.getAndIncrement();
    }

    static String text(long updateId, long chatId, String text, String languageCode) {
        String entities = text.startsWith("/") ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":"
                + text.split(" ")[0].length() + "}]" : "";
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"Ana\"},"
                + "\"from\":" + user(chatId, languageCode) + ",\"text\":" + quote(text) + entities + "}}";
    }

    static String text(long chatId, String text, String languageCode) {
        return text(nextId(), chatId, text, languageCode);
    }

    static String groupText(long chatId, long userId, String text, Long replyToBotMessage) {
        String reply = replyToBotMessage == null ? "" : ",\"reply_to_message\":{\"message_id\":" + replyToBotMessage
                + ",\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\",\"title\":\"Devs\"},"
                + "\"from\":{\"id\":" + TelegramStandIn.BOT_ID + ",\"is_bot\":true,\"first_name\":\"CareerBot\","
                + "\"username\":\"" + TelegramStandIn.BOT_USERNAME + "\"},\"text\":\"earlier answer\"}";
        return "{\"update_id\":" + nextId() + ",\"message\":{\"message_id\":" + nextId() + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\",\"title\":\"Devs\"},"
                + "\"from\":" + user(userId, "fr") + ",\"text\":" + quote(text) + reply + "}}";
    }

    private static final java.util.Map<Long, Long> LAST_PRESS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The update id of the last button press made in a chat, which is also the number of its callback query id. */
    static long lastPressId(long chatId) {
        return LAST_PRESS.get(chatId);
    }

    static String press(long chatId, int messageId, String data, String languageCode) {
        long id = nextId();
        LAST_PRESS.put(chatId, id);
        return "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cb-" + id + "\",\"from\":"
                + user(chatId, languageCode) + ",\"chat_instance\":\"ci\",\"data\":" + quote(data)
                + ",\"message\":{\"message_id\":" + messageId + ",\"date\":1700000000,\"chat\":{\"id\":" + chatId
                + ",\"type\":\"private\",\"first_name\":\"Ana\"},\"text\":\"question\"}}}";
    }

    static String sticker(long chatId) {
        long id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"Ana\"},"
                + "\"from\":" + user(chatId, "fr") + ",\"sticker\":{\"file_id\":\"f\",\"file_unique_id\":\"u\","
                + "\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":false,\"is_video\":false}}}";
    }

    static String editedText(long chatId, String text) {
        long id = nextId();
        return "{\"update_id\":" + id + ",\"edited_message\":{\"message_id\":" + id + ",\"date\":1700000000,"
                + "\"edit_date\":1700000100,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"Ana\"},"
                + "\"from\":" + user(chatId, "fr") + ",\"text\":" + quote(text) + "}}";
    }

    static String chatMember(long chatId, String newStatus) {
        return "{\"update_id\":" + nextId() + ",\"my_chat_member\":{\"chat\":{\"id\":" + chatId
                + ",\"type\":\"private\",\"first_name\":\"Ana\"},\"from\":" + user(chatId, "fr") + ",\"date\":1700000000,"
                + "\"old_chat_member\":{\"status\":\"member\",\"user\":" + botUser() + "},"
                + "\"new_chat_member\":{\"status\":\"" + newStatus + "\",\"user\":" + botUser()
                + ("kicked".equals(newStatus) ? ",\"until_date\":0" : "") + "}}}";
    }

    private static String botUser() {
        return "{\"id\":" + TelegramStandIn.BOT_ID + ",\"is_bot\":true,\"first_name\":\"CareerBot\"}";
    }

    private static String user(long id, String languageCode) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Ana\""
                + (languageCode == null ? "" : ",\"language_code\":\"" + languageCode + "\"") + "}";
    }

    static String quote(String text) {
        return TelegramStandIn.JSON.writeValueAsString(text);
    }
}
