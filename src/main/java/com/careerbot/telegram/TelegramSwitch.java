package com.careerbot.telegram;

import java.util.Optional;

import org.springframework.context.SmartLifecycle;

/**
 * The Telegram channel as the environment configures it: built and started with a bot token, off without one. It is a
 * bean either way, and the choice is made when it is created, not by a condition on the bean: ahead-of-time
 * processing, recommended for production, fixes the set of beans at build time, while the token comes with the
 * environment the app runs in.
 */
public final class TelegramSwitch implements SmartLifecycle {

    private static final TelegramSwitch OFF = new TelegramSwitch(null, null);

    private final TelegramChannel channel;
    private final UpdateIntake webhookIntake;

    private TelegramSwitch(TelegramChannel channel, UpdateIntake webhookIntake) {
        this.channel = channel;
        this.webhookIntake = webhookIntake;
    }

    /** @param webhookIntake where webhook updates go, or null in polling mode */
    static TelegramSwitch on(TelegramChannel channel, UpdateIntake webhookIntake) {
        return new TelegramSwitch(channel, webhookIntake);
    }

    static TelegramSwitch off() {
        return OFF;
    }

    /** Where updates posted to the webhook go: present only when the channel runs in webhook mode. */
    public Optional<UpdateIntake> webhookIntake() {
        return Optional.ofNullable(webhookIntake);
    }

    @Override
    public void start() {
        if (channel != null) {
            channel.start();
        }
    }

    @Override
    public void stop() {
        if (channel != null) {
            channel.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return channel != null && channel.isRunning();
    }

    /** After the web server is up, before it stops: the webhook endpoint outlives the channel on both ends. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
