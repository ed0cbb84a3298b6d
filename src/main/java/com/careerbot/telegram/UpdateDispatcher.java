package com.careerbot.telegram;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Hands stored updates to their chat's lane, once each, and knows which ones are being handled. */
class UpdateDispatcher {

    private final ChatLanes lanes;
    private final UpdateProcessor processor;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    UpdateDispatcher(ChatLanes lanes, UpdateProcessor processor) {
        this.lanes = lanes;
        this.processor = processor;
    }

    void dispatch(Inbox.Pending update) {
        if (!inFlight.add(update.updateId())) {
            return;
        }
        String lane = update.chatKey() != null ? update.chatKey() : "update:" + update.updateId();
        lanes.submit(lane, () -> processor.process(update))
                .whenComplete((done, error) -> inFlight.remove(update.updateId()));
    }

    Set<Long> inFlight() {
        return Set.copyOf(inFlight);
    }

    int inFlightCount() {
        return inFlight.size();
    }
}
