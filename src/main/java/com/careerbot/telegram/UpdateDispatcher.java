package com.careerbot.telegram;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands stored updates to their chat's lane, once each, and knows which ones are being handled. An update whose chat
 * has an older one still pending (stored by another instance, which handles it now) waits for it: a chat's updates
 * are handled in their order whichever instance received them.
 */
class UpdateDispatcher {

    /** How often an update waiting for an older one of its chat looks again. */
    private static final long WAIT_MILLIS = 20;

    private final ChatLanes lanes;
    private final UpdateProcessor processor;
    private final Executor later = CompletableFuture.delayedExecutor(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    UpdateDispatcher(ChatLanes lanes, UpdateProcessor processor) {
        this.lanes = lanes;
        this.processor = processor;
    }

    void dispatch(Inbox.Pending update) {
        if (inFlight.add(update.updateId())) {
            enqueue(update);
        }
    }

    /**
     * Queues the update on its chat's lane; when an older update of the chat is still pending, queues it again a
     * moment later rather than holding the lane, on which the older one may be queued behind it.
     */
    private void enqueue(Inbox.Pending update) {
        String lane = update.chatKey() != null ? update.chatKey() : "update:" + update.updateId();
        AtomicBoolean waiting = new AtomicBoolean();
        lanes.submit(lane, () -> {
            if (processor.waitsForAnOlderUpdate(update)) {
                waiting.set(true);
                return CompletableFuture.completedFuture(null);
            }
            return processor.process(update);
        }).whenComplete((done, error) -> {
            if (waiting.get()) {
                later.execute(() -> enqueue(update));
            } else {
                inFlight.remove(update.updateId());
            }
        });
    }

    Set<Long> inFlight() {
        return Set.copyOf(inFlight);
    }

    int inFlightCount() {
        return inFlight.size();
    }
}
