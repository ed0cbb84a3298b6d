package com.careerbot.sheet;

import java.util.List;

/**
 * Something people ask about the job that the sheet does not say (remote work, salaries by city…): the bot says so
 * plainly, then offers the closest facts the sheet does state.
 *
 * @param subject what the sheet says nothing about, ready to follow "says nothing about" ("le télétravail")
 * @param when    the topic (intent name) a question must be about for this to apply, e.g. a city only makes a
 *                question uncovered when it is about salary; null when the phrasings alone are enough
 * @param closest item references of the closest facts the sheet states, most relevant first; may be empty
 */
public record UncoveredTopic(String id, Localized subject, String when, Phrases ask, List<String> closest) {

    public UncoveredTopic {
        ask = ask == null ? Phrases.NONE : ask;
        closest = closest == null ? List.of() : List.copyOf(closest);
    }
}
