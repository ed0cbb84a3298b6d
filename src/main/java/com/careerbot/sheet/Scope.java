package com.careerbot.sheet;

import java.util.List;
import java.util.Optional;

/**
 * The edges of what the sheet answers: the job's own names, other jobs' names (a question about another job is out
 * of scope), and the in-domain topics the sheet does not cover. Built by {@link ScopeLoader}, which validates it
 * against the sheet.
 *
 * @param sameJob   names of the job itself ("dev back", "backend"): a question naming another job together with
 *                  one of these compares the two instead of asking about the other one
 * @param otherJobs names of other jobs ("data scientist", "infirmier")
 * @param offTopic  phrasings that make a message out of scope whatever else it mentions: requests for code or
 *                  homework, attempts to change the bot's instructions ("écris-moi", "ignore tes instructions")
 */
public record Scope(Phrases sameJob, Phrases otherJobs, Phrases offTopic, List<UncoveredTopic> uncovered) {

    public Scope {
        sameJob = sameJob == null ? Phrases.NONE : sameJob;
        otherJobs = otherJobs == null ? Phrases.NONE : otherJobs;
        offTopic = offTopic == null ? Phrases.NONE : offTopic;
        uncovered = uncovered == null ? List.of() : List.copyOf(uncovered);
    }

    public Optional<UncoveredTopic> uncovered(String id) {
        return uncovered.stream().filter(topic -> topic.id().equals(id)).findFirst();
    }
}
