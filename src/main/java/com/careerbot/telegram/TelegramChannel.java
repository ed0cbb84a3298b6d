package com.careerbot.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.careerbot.system.DatabaseTroubleLog;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Starts and stops the channel: setup calls, the poller (polling mode), and the sweep that takes over updates and
 * outgoing calls left pending (after a crash, a database outage, or by another instance).
 */
class TelegramChannel {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    private static final int SWEEPS_BETWEEN_PRUNES = 120;
    private static final Duration SETUP_RETRY = Duration.ofMinutes(5);

    private final TelegramProperties properties;
    /** This instance's name in the leases it holds, logged so that an operator can tell whose rows are whose. */
    private final String instance;
    private final TelegramSetup setup;
    private final UpdatePoller poller;
    private final Inbox inbox;
    private final Outbox outbox;
    private final UpdateDispatcher dispatcher;
    private final ChatLanes lanes;
    private final OutboxDelivery delivery;
    private final BotSender sender;
    private final FloodGuard flood;
    private final Apologies apologies;
    /** Paces and retries sends: kept free of database work, which would delay paced sends and then bunch them. */
    private final ScheduledExecutorService scheduler;
    /** Sweeps, which wait on the database. */
    private final ScheduledExecutorService housekeeping;
    private final ExecutorService workers;
    private final FailureStreak sweepStreak = new FailureStreak(log, "Telegram inbox sweep");
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean firstSweepDone;
    private int sweeps;
    private Thread pollerThread;

    TelegramChannel(TelegramProperties properties, String instance, TelegramSetup setup, UpdatePoller poller, Inbox inbox, Outbox outbox,
                    UpdateDispatcher dispatcher, ChatLanes lanes, OutboxDelivery delivery, BotSender sender,
                    FloodGuard flood, Apologies apologies, ScheduledExecutorService scheduler,
                    ScheduledExecutorService housekeeping, ExecutorService workers) {
        this.properties = properties;
        this.instance = instance;
        this.setup = setup;
        this.poller = poller;
        this.inbox = inbox;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.lanes = lanes;
        this.delivery = delivery;
        this.sender = sender;
        this.flood = flood;
        this.apologies = apologies;
        this.scheduler = scheduler;
        this.housekeeping = housekeeping;
        this.workers = workers;
    }

    void start() {
        running = true;
        log.info("Telegram channel starting in {} mode against {} as instance {}",
                properties.mode().name().toLowerCase(), properties.apiUrl(), instance);
        // Polling first: updates need none of the setup calls, which are built on this thread and used to delay the
        // first getUpdates by 160-210 ms (docs/benchmarks.md).
        if (poller != null) {
            pollerThread = new Thread(poller, "telegram-poller");
            pollerThread.setDaemon(true);
            pollerThread.start();
        }
        try {
            configure();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        housekeeping.scheduleWithFixedDelay(this::sweep, 0, properties.inbox().sweepInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void configure() {
        setup.configure(this::stopBecause).thenAccept(complete -> {
            if (!complete && running && !stopped.get()) {
                scheduler.schedule(this::configure, SETUP_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Stops taking updates for good (a rejected token); what is stored stays for the next start. */
    void stopBecause(String reason) {
        if (stopped.compareAndSet(false, true)) {
            log.error(reason);
            if (poller != null) {
                poller.stop();
            }
        }
    }

    void stop() {
        running = false;
        if (poller != null) {
            poller.stop();
            pollerThread.interrupt();
            join(pollerThread, Duration.ofSeconds(5));
        }
        housekeeping.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Telegram workers still busy at shutdown; pending updates are handled at the next start");
                workers.shutdownNow();
            }
            // The sender's pacing and retries run on the scheduler: it stops once the calls sent are settled.
            if (!delivery.awaitSettled(Duration.ofSeconds(5))) {
                log.warn("Calls still on their way to Telegram at shutdown; those unsettled are sent at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.shutdownNow();
    }

    boolean isRunning() {
        return running;
    }

    private void sweep() {
        // A single poller owns every pending update at its first sweep; otherwise only abandoned ones are taken.
        boolean all = poller != null && !firstSweepDone;
        try {
            delivery.removeSettled();
            inbox.renew(dispatcher.inFlight());
            delivery.renewHeld();
            inbox.claim(all, dispatcher.inFlight()).forEach(dispatcher::dispatch);
            for (long chatId : outbox.chatsToDeliver(all)) {
                lanes.submit(String.valueOf(chatId), () -> delivery.deliver(chatId, all));
            }
            if (++sweeps % SWEEPS_BETWEEN_PRUNES == 0) {
                inbox.prune(properties.inbox().retention());
                sender.evictIdleChats();
                sender.removeExpiredBuckets();
                flood.evictIdle();
                apologies.evictOld();
            }
            firstSweepDone = true;
            sweepStreak.succeeded();
        } catch (DataAccessException | TransactionException e) {
            sweepStreak.failed("the database is unavailable (" + DatabaseTroubleLog.rootCause(e) + ")");
            Metrics.counter("careerbot.database.errors", "operation", "telegram_sweep").increment();
        } catch (RuntimeException e) {
            log.error("Telegram inbox sweep failed", e);
        }
    }

    private static void join(Thread thread, Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
