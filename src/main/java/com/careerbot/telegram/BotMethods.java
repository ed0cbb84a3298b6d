package com.careerbot.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.careerbot.answer.Button;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Turns an outgoing call into the TelegramBots method object. */
final class BotMethods {

    /** Buttons whose labels fit this many characters go two to a row; longer ones get a row each. */
    private static final int SHORT_LABEL = 16;

    private BotMethods() {
    }

    @SuppressWarnings("unchecked")
    static BotApiMethod<Serializable> of(Outgoing call) {
        BotApiMethod<?> method = switch (call.kind()) {
            case SEND -> SendMessage.builder()
                    .chatId(call.chatId())
                    .text(call.html())
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(call.buttons().isEmpty() ? null : keyboard(call.buttons()))
                    .build();
            case EDIT -> EditMessageText.builder()
                    .chatId(call.chatId())
                    .messageId(call.messageId())
                    .text(call.html())
                    .parseMode(ParseMode.HTML)
                    .build();
            case ANSWER_CALLBACK -> AnswerCallbackQuery.builder().callbackQueryId(call.callbackQueryId()).build();
        };
        return (BotApiMethod<Serializable>) method;
    }

    static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        boolean allShort = buttons.stream().allMatch(button -> button.label().length() <= SHORT_LABEL);
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Button button : buttons) {
            row.add(InlineKeyboardButton.builder().text(button.label()).callbackData(button.payload()).build());
            if (!allShort || row.size() == 2) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
