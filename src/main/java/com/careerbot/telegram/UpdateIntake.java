package com.careerbot.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbot.answer.Messages;
import com.careerbot.sheet.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates come in, from long polling or the webhook: stored in the inbox first, then handed to their chat's
 * lane. When the database is down nothing is stored; the caller must not acknowledge the updates to Telegram, and
 * the users get an apology.
 */
public class UpdateIntake {

    /** What became of an update received by webhook. */
    public enum Acceptance { ACCEPTED, DUPLICATE, INVALID }

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final Inbox inbox;
    private final UpdateDispatcher dispatcher;
    private final UpdateRouter router;
    private final Apologies apologies;
    private final Messages messages;
    private final ObjectMapper json;

    UpdateIntake(Inbox inbox, UpdateDispatcher dispatcher, UpdateRouter router, Apologies apologies, Messages messages,
                 ObjectMapper json) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.router = router;
        this.apologies = apologies;
        this.messages = messages;
        this.json = json;
    }

    /**
     * @return how many updates were new (duplicates, in the batch or already stored, are dropped)
     * @throws DataAccessException when the database is unavailable: nothing was stored
     */
    int accept(List<Update> updates) {
        Map<Long, Inbox.Received> received = new LinkedHashMap<>();
        for (Update update : updates) {
            long id = update.getUpdateId();
            try {
                if (!received.containsKey(id)) {
                    received.put(id, new Inbox.Received(id, UpdateRouter.laneOf(update), json.writeValueAsString(update),
                            update));
                }
            } catch (JsonProcessingException e) {
                log.warn("Update {} cannot be serialised and is dropped: {}", id, e.getOriginalMessage());
            }
        }
        return store(List.copyOf(received.values()), updates);
    }

    /**
     * Takes one update as Telegram posts it to the webhook.
     *
     * @throws DataAccessException when the database is unavailable: nothing was stored
     */
    public Acceptance acceptJson(String body) {
        Update update;
        String lane;
        try {
            update = json.readValue(body, Update.class);
            if (update == null || update.getUpdateId() == null) {
                return Acceptance.INVALID;
            }
            // Routing reads what the update says of its chat and sender: one that lacks them is not Telegram's.
            lane = UpdateRouter.laneOf(update);
            router.route(update);
        } catch (Exception invalid) {
            log.debug("Webhook body is not an update: {}", invalid.toString());
            return Acceptance.INVALID;
        }
        Inbox.Received received = new Inbox.Received(update.getUpdateId(), lane, body, update);
        return store(List.of(received), List.of(update)) == 1 ? Acceptance.ACCEPTED : Acceptance.DUPLICATE;
    }

    private int store(List<Inbox.Received> received, List<Update> updates) {
        if (received.isEmpty()) {
            return 0;
        }
        List<Inbox.Pending> stored;
        try {
            stored = inbox.store(received);
        } catch (DataAccessException | TransactionException e) {
            apologiseTo(updates, e);
            throw e;
        }
        stored.forEach(dispatcher::dispatch);
        return stored.size();
    }

    private void apologiseTo(List<Update> updates, RuntimeException cause) {
        for (Update update : updates) {
            if (router.route(update) instanceof Route.Converse converse) {
                Language language = converse.inbound().clientLanguage().orElse(Language.FR);
                apologies.apologise(converse.target(), messages.get(language, "error.unavailable"), cause);
            }
        }
    }
}
