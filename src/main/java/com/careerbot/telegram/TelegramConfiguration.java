package com.careerbot.telegram;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.careerbot.answer.Messages;
import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.ConversationEngine;
import com.careerbot.store.Chats;
import com.careerbot.system.SecretRedaction;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import tools.jackson.databind.json.JsonMapper;

/** Wires the channel, which is built only when a bot token is configured ({@link TelegramSwitch}). */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    /** One Bot API server gets all requests: OkHttp's default of 5 at a time per host would queue chats. */
    private static final int MAX_CONCURRENT_REQUESTS = 64;

    @Bean
    TelegramSwitch telegramSwitch(TelegramProperties properties, ConversationEngine engine, Chats chats,
                                  Messages messages, JdbcClient jdbc, TransactionTemplate transactions,
                                  JsonMapper jsonMapper, Clock clock, DataSource dataSource, MeterRegistry meters,
                                  BotApiMonitor monitor) {
        if (!properties.enabled()) {
            return TelegramSwitch.off();
        }
        SendBuckets buckets = properties.sending().sharedBudget() && isPostgres(dataSource)
                ? SendBuckets.shared(dataSource) : SendBuckets.local();
        TelegramChannelParts parts = new TelegramChannelParts(properties, engine, chats, messages, jdbc, transactions,
                jsonMapper, clock, buckets, meters, monitor);
        return TelegramSwitch.on(parts.channel,
                properties.mode() == TelegramProperties.Mode.WEBHOOK ? parts.intake : null);
    }

    /** Several instances can share PostgreSQL; H2 is embedded in one. */
    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the Telegram channel runs on: " + e, e);
        }
    }

    /** The channel's parts, built together because they refer to one another. */
    static final class TelegramChannelParts {

        final UpdateIntake intake;
        final TelegramChannel channel;

        TelegramChannelParts(TelegramProperties properties, ConversationEngine engine, Chats chats, Messages messages,
                             JdbcClient jdbc, TransactionTemplate transactions, JsonMapper jsonMapper, Clock clock,
                             SendBuckets buckets, MeterRegistry meters, BotApiMonitor monitor) {
            if (properties.mode() == TelegramProperties.Mode.WEBHOOK && (isBlank(properties.webhookUrl())
                    || isBlank(properties.webhookSecret()))) {
                throw new IllegalStateException("TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL (the public HTTPS "
                        + "address of /telegram/webhook) and TELEGRAM_WEBHOOK_SECRET (1-256 characters A-Z, a-z, 0-9, "
                        + "_ or -)");
            }
            SecretRedaction.register(properties.token());
            SecretRedaction.register(properties.webhookSecret());
            TelegramProperties.Sending sending = properties.sending();
            ObjectMapper telegramJson = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            OkHttpClient http = http(sending.requestTimeout(), monitor);
            TelegramUrl url = telegramUrl(properties.apiUrl());
            OkHttpTelegramClient client = new OkHttpTelegramClient(telegramJson, http, properties.token(), url);
            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, threads("telegram-scheduler"));
            ExecutorService workers = Executors.newFixedThreadPool(properties.inbox().workers(), threads("telegram-worker"));
            String instance = UUID.randomUUID().toString();

            BotSender sender = new BotSender(client, scheduler, sending, buckets, meters,
                    chatId -> chats.setActive(ChatId.of(UpdateRouter.CHANNEL, String.valueOf(chatId)).value(), false));
            Inbox inbox = new Inbox(jdbc, transactions, clock, properties.inbox().lease(), instance);
            Outbox outbox = new Outbox(jdbc, jsonMapper, clock, properties.inbox().lease(), instance);
            ChatLanes lanes = new ChatLanes(workers);
            WorkersOrCaller settling = new WorkersOrCaller(workers);
            OutboxDelivery delivery = new OutboxDelivery(outbox, new OutboxRemovals(outbox, transactions, settling),
                    sender, settling, clock, properties.inbox().lease());
            BotIdentity identity = new BotIdentity();
            UpdateRouter router = new UpdateRouter(identity);
            FloodGuard flood = new FloodGuard(properties.floodLimitPerMinute());
            Apologies apologies = new Apologies(sender);
            UpdateProcessor processor = new UpdateProcessor(inbox, outbox, delivery, router, flood, apologies, engine,
                    chats, messages, transactions, telegramJson);
            UpdateDispatcher dispatcher = new UpdateDispatcher(lanes, processor);
            this.intake = new UpdateIntake(inbox, dispatcher, router, apologies, messages, telegramJson);
            TelegramSetup setup = new TelegramSetup(sender, client, identity, messages, properties);
            UpdatePoller poller = properties.mode() == TelegramProperties.Mode.POLLING
                    ? new UpdatePoller(pollingClient(telegramJson, http, properties, url), intake, inbox, dispatcher,
                            properties.polling())
                    : null;
            this.channel = new TelegramChannel(properties, instance, setup, poller, inbox, outbox, dispatcher, lanes, delivery,
                    sender, flood, apologies, scheduler,
                    Executors.newSingleThreadScheduledExecutor(threads("telegram-housekeeping")), workers);
        }

        /**
         * OkHttp re-sends a POST once when a connection drops, which can deliver a message twice: that is off, and
         * {@link BotSender} owns the retry policy.
         */
        private static OkHttpClient http(Duration timeout, BotApiMonitor monitor) {
            okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
            dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
            dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
            return new OkHttpClient.Builder()
                    .socketFactory(new NoDelaySocketFactory())
                    .retryOnConnectionFailure(false)
                    .connectTimeout(timeout)
                    .readTimeout(timeout)
                    .writeTimeout(timeout)
                    .dispatcher(dispatcher)
                    .addInterceptor(monitor)
                    .build();
        }

        /** Long polling holds a request open for the polling timeout: its read timeout must be longer. */
        private static OkHttpTelegramClient pollingClient(ObjectMapper json, OkHttpClient http,
                                                          TelegramProperties properties, TelegramUrl url) {
            OkHttpClient polling = http.newBuilder()
                    .readTimeout(properties.polling().timeout().plus(properties.sending().requestTimeout()))
                    .build();
            return new OkHttpTelegramClient(json, polling, properties.token(), url);
        }

        /** TelegramBots puts the token right after host and port: the API URL is scheme, host and port only. */
        static TelegramUrl telegramUrl(URI apiUrl) {
            String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
            int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "http".equals(scheme) ? 80 : 443;
            if (apiUrl.getHost() == null || apiUrl.getPath() != null && !apiUrl.getPath().isEmpty()
                    && !apiUrl.getPath().equals("/")) {
                throw new IllegalStateException("TELEGRAM_API_URL must be scheme, host and port only, such as "
                        + "https://api.telegram.org or http://localhost:8081");
            }
            return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

        private static ThreadFactory threads(String name) {
            AtomicInteger count = new AtomicInteger();
            return runnable -> {
                Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
