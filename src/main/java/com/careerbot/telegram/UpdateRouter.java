package com.careerbot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.Inbound;
import com.careerbot.sheet.Language;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what each kind of update leads to. Commands are recognised from the text itself: TelegramBots'
 * {@code Message.isCommand()} reads false on a freshly deserialised message.
 */
class UpdateRouter {

    static final String CHANNEL = "telegram";
    private static final Pattern COMMAND_TARGET = Pattern.compile("^/[A-Za-z0-9_]+@([A-Za-z0-9_]+)");

    private final BotIdentity bot;

    UpdateRouter(BotIdentity bot) {
        this.bot = bot;
    }

    /** The lane an update is handled in: its chat, or its sender when it has no chat. */
    static String laneOf(Update update) {
        if (update.hasCallbackQuery()) {
            MaybeInaccessibleMessage message = update.getCallbackQuery().getMessage();
            return message != null ? String.valueOf(message.getChatId())
                    : "user:" + update.getCallbackQuery().getFrom().getId();
        }
        Message message = update.hasMessage() ? update.getMessage()
                : update.hasEditedMessage() ? update.getEditedMessage()
                : update.hasChannelPost() ? update.getChannelPost()
                : update.hasEditedChannelPost() ? update.getEditedChannelPost() : null;
        if (message != null) {
            return String.valueOf(message.getChatId());
        }
        if (update.hasMyChatMember()) {
            return String.valueOf(update.getMyChatMember().getChat().getId());
        }
        return "update:" + update.getUpdateId();
    }

    Route route(Update update) {
        if (update.hasCallbackQuery()) {
            return buttonPress(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return new Route.Ignore("edited message: the bot answers new messages only");
        }
        if (update.hasChannelPost() || update.hasEditedChannelPost()) {
            return new Route.Ignore("channel post: the bot does not take part in channels");
        }
        if (update.hasMyChatMember()) {
            String status = update.getMyChatMember().getNewChatMember().getStatus();
            boolean reachable = !"kicked".equals(status) && !"left".equals(status);
            return new Route.Reachability(update.getMyChatMember().getChat().getId(), reachable);
        }
        return new Route.Ignore("update of a kind the bot does not use");
    }

    private Route buttonPress(CallbackQuery press) {
        MaybeInaccessibleMessage message = press.getMessage();
        if (message == null) {
            return new Route.Acknowledge(press.getFrom().getId(), press.getId());
        }
        long chatId = message.getChatId();
        // An inaccessible message (too old) comes with date 0: it cannot be edited, replies are sent anew.
        Integer origin = message.getDate() != null && message.getDate() != 0 ? message.getMessageId() : null;
        Inbound inbound = Inbound.press(ChatId.of(CHANNEL, String.valueOf(chatId)),
                press.getData() == null ? "" : press.getData()).withClientLanguage(language(press.getFrom()));
        return new Route.Converse(chatId, inbound, new ReplyTarget(chatId, origin, press.getId()));
    }

    private Route message(Message message) {
        long chatId = message.getChatId();
        ChatId chat = ChatId.of(CHANNEL, String.valueOf(chatId));
        ReplyTarget target = new ReplyTarget(chatId, null, null);
        boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
        if (!message.hasText()) {
            return group ? new Route.Ignore("group message without text")
                    : new Route.Converse(chatId, Inbound.other(chat, kind(message)).withClientLanguage(
                            language(message.getFrom())), target);
        }
        String text = message.getText();
        if (group) {
            Optional<String> addressed = addressedToBot(message);
            if (addressed.isEmpty()) {
                return new Route.Ignore("group message not addressed to the bot");
            }
            text = addressed.get();
        }
        return new Route.Converse(chatId, Inbound.text(chat, text).withClientLanguage(language(message.getFrom())),
                target);
    }

    /** In a group: a command (not another bot's), a mention of the bot or a reply to it; the text without mention. */
    private Optional<String> addressedToBot(Message message) {
        String text = message.getText().strip();
        String username = bot.username();
        if (text.startsWith("/")) {
            var target = COMMAND_TARGET.matcher(text);
            boolean forAnotherBot = target.find() && username != null
                    && !target.group(1).toLowerCase(Locale.ROOT).equals(username);
            return forAnotherBot ? Optional.empty() : Optional.of(text);
        }
        if (username != null && text.toLowerCase(Locale.ROOT).contains("@" + username)) {
            String withoutMention = Pattern.compile("@" + Pattern.quote(username), Pattern.CASE_INSENSITIVE)
                    .matcher(text).replaceAll(" ").strip();
            return Optional.of(withoutMention.isEmpty() ? "/help" : withoutMention);
        }
        Message repliedTo = message.getReplyToMessage();
        if (repliedTo != null && repliedTo.getFrom() != null && bot.is(repliedTo.getFrom().getId())) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private static Optional<Language> language(User user) {
        return user == null ? Optional.empty() : Language.fromCode(user.getLanguageCode());
    }

    private static String kind(Message message) {
        if (message.hasSticker()) {
            return "sticker";
        }
        if (message.hasPhoto()) {
            return "photo";
        }
        if (message.hasVoice() || message.hasAudio()) {
            return "audio";
        }
        if (message.hasDocument()) {
            return "document";
        }
        if (message.hasLocation()) {
            return "location";
        }
        return "other";
    }
}
