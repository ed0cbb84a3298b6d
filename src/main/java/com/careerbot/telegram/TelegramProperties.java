package com.careerbot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram channel's settings, bound from {@code careerbot.telegram.*} (environment variables
 * {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL}, {@code TELEGRAM_MODE}, {@code TELEGRAM_WEBHOOK_URL},
 * {@code TELEGRAM_WEBHOOK_SECRET}).
 *
 * @param token         the bot token; blank turns the channel off. Never logged: see {@link #toString()}
 * @param apiUrl        scheme, host and port of a Bot API server (the official one, a self-hosted one, a stand-in)
 * @param webhookSecret the value Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token} (webhook mode)
 */
@ConfigurationProperties("careerbot.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue("polling") Mode mode,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue Polling polling,
        @DefaultValue Sending sending,
        @DefaultValue Inbox inbox,
        @DefaultValue("20") int floodLimitPerMinute) {

    public enum Mode { POLLING, WEBHOOK }

    /**
     * @param timeout     long-polling timeout asked of Telegram
     * @param maxBackoff  the longest pause between two failed getUpdates calls
     * @param maxInFlight updates fetched but not yet handled before polling pauses
     * @param gather      the pause before the next getUpdates after a batch of several updates (a sign of load), so
     *                    that the next batch, and its one inbox commit, serves more of them; after a lone update the
     *                    next call goes at once
     */
    public record Polling(@DefaultValue("50s") Duration timeout, @DefaultValue("5s") Duration maxBackoff,
                          @DefaultValue("1000") int maxInFlight, @DefaultValue("10ms") Duration gather) {

        public Polling {
            if (gather.isNegative()) {
                throw new IllegalArgumentException(
                        "careerbot.telegram.polling.gather must be zero or more, not " + gather);
            }
        }
    }

    /**
     * Telegram's limits and the retry policy of the one sender.
     *
     * @param messagesPerSecond  across all chats, in any second (Telegram: about 30)
     * @param perChatPerSecond   in one private chat (Telegram: about 1, short bursts allowed)
     * @param perChatBurst       messages a private chat may receive at once before the per-second pace applies
     * @param perGroupPerMinute  in one group, in any minute (Telegram: 20)
     * @param maxAttempts        tries of one Bot API call on 429, 5xx and network errors
     * @param initialBackoff     first pause after a 5xx or network error, doubled each time, with jitter
     * @param maxBackoff         the longest such pause
     * @param requestTimeout     connect, read and write timeout of a Bot API call
     * @param ambiguousResends   resends of a new message after a failure that may have come after Telegram took it
     *                           (the connection reset or closed before the answer, a read or write timeout), within
     *                           {@code maxAttempts}; 0 never risks a duplicate and loses such messages
     * @param sharedBudget       count the limits in PostgreSQL, shared by every instance on the database (on H2, with
     *                           one instance, they are always counted in memory)
     */
    public record Sending(@DefaultValue("30") int messagesPerSecond, @DefaultValue("1") int perChatPerSecond,
                          @DefaultValue("3") int perChatBurst, @DefaultValue("20") int perGroupPerMinute,
                          @DefaultValue("5") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
                          @DefaultValue("15s") Duration maxBackoff, @DefaultValue("10s") Duration requestTimeout,
                          @DefaultValue("2") int ambiguousResends, @DefaultValue("true") boolean sharedBudget) {

        public Sending {
            if (ambiguousResends < 0) {
                throw new IllegalArgumentException(
                        "careerbot.telegram.sending.ambiguous-resends must be zero or more, not " + ambiguousResends);
            }
        }
    }

    /**
     * @param lease         how long an instance owns an update or an outgoing message it took unless it renews the claim
     *                      (it does at each sweep while it works on them, and before each attempt at a message whose
     *                      claim is half gone); past it, another instance (or this one, restarted) takes it over.
     *                      Keep it well above {@code sending.request-timeout}
     * @param sweepInterval how often abandoned updates and messages are looked for
     * @param retention     how long the ids of handled updates are kept to drop duplicates
     * @param workers       threads handling updates (one chat's updates always in order, chats in parallel)
     */
    public record Inbox(@DefaultValue("60s") Duration lease, @DefaultValue("5s") Duration sweepInterval,
                        @DefaultValue("24h") Duration retention, @DefaultValue("8") int workers) {
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "TelegramProperties[token=" + (enabled() ? "<set>" : "<none>") + ", apiUrl=" + apiUrl + ", mode=" + mode
                + ", webhookUrl=" + webhookUrl + ", webhookSecret=" + (webhookSecret == null ? "<none>" : "<set>") + "]";
    }
}
