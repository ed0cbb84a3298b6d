package com.careerbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.careerbot.answer.Messages;
import com.careerbot.sheet.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.description.SetMyDescription;
import org.telegram.telegrambots.meta.api.methods.description.SetMyShortDescription;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What the bot tells Telegram at startup: who it is (getMe), its command menu and descriptions in French and English
 * (and English for every other language), and, in webhook mode, where to post updates. Runs in the background.
 */
class TelegramSetup {

    static final List<String> COMMANDS = List.of("start", "help", "quiz", "cancel", "language", "forget");

    private static final Logger log = LoggerFactory.getLogger(TelegramSetup.class);

    private final BotSender sender;
    private final OkHttpTelegramClient client;
    private final BotIdentity identity;
    private final Messages messages;
    private final TelegramProperties properties;

    TelegramSetup(BotSender sender, OkHttpTelegramClient client, BotIdentity identity, Messages messages,
                  TelegramProperties properties) {
        this.sender = sender;
        this.client = client;
        this.identity = identity;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * @param stopChannel called with the reason when Telegram rejects the token
     * @return whether every call went through
     */
    CompletableFuture<Boolean> configure(Consumer<String> stopChannel) {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        calls.add(sender.call(new GetMe()).thenAccept(me -> {
            identity.learn(me.getId(), me.getUserName());
            log.info("Telegram bot @{} ready ({} mode)", me.getUserName(), properties.mode().name().toLowerCase());
        }));
        for (String languageCode : new String[] {null, "fr", "en"}) {
            Language language = languageCode == null ? Language.EN : Language.fromCode(languageCode).orElseThrow();
            calls.add(sender.call(SetMyCommands.builder()
                    .commands(COMMANDS.stream().map(command -> new BotCommand(command,
                            messages.get(language, "telegram.command." + command))).toList())
                    .scope(new BotCommandScopeDefault())
                    .languageCode(languageCode)
                    .build()));
            calls.add(sender.call(SetMyDescription.builder().description(messages.get(language, "telegram.description"))
                    .languageCode(languageCode).build()));
            calls.add(sender.call(SetMyShortDescription.builder()
                    .shortDescription(messages.get(language, "telegram.short.description"))
                    .languageCode(languageCode).build()));
        }
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            SetWebhook webhook = SetWebhook.builder().url(properties.webhookUrl()).secretToken(properties.webhookSecret())
                    .allowedUpdates(UpdatePoller.ALLOWED_UPDATES).dropPendingUpdates(false).build();
            calls.add(sender.call(() -> {
                try {
                    return client.executeAsync(webhook);
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(e);
                }
            }).thenRun(() -> log.info("Telegram webhook set")));
        }
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        return CompletableFuture.allOf(calls.stream()
                        .map(call -> call.exceptionally(error -> {
                            failures.add(BotSender.unwrap(error));
                            log.debug("Telegram setup call failed", error);
                            return null;
                        }))
                        .toArray(CompletableFuture[]::new))
                .thenApply(done -> report(failures, calls.size(), stopChannel));
    }

    /** @return whether every call went through */
    private static boolean report(List<Throwable> failures, int calls, Consumer<String> stopChannel) {
        if (failures.isEmpty()) {
            return true;
        }
        Throwable first = failures.get(0);
        if (first instanceof TelegramApiRequestException refused && refused.getErrorCode() != null
                && (refused.getErrorCode() == 401 || refused.getErrorCode() == 404)) {
            stopChannel.accept("Telegram rejected the bot token (" + refused.getErrorCode() + " "
                    + refused.getApiResponse() + "): check TELEGRAM_BOT_TOKEN. The Telegram channel is stopped; "
                    + "the rest of the app keeps running.");
        } else {
            log.warn("{} of {} Telegram setup calls failed (commands menu, descriptions, webhook); trying again later. "
                    + "First failure: {}", failures.size(), calls, BotSender.describe(first));
        }
        return false;
    }
}
