package com.careerbot.conversation;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentExample;
import com.careerbot.sheet.Language;
import com.careerbot.store.Chat;

/**
 * Plays scripted conversations through the conversation's rules (no database, no channel) and judges each turn's
 * answer against what it must get: the kind of answer, the topic, the facts cited and those that must not be.
 */
final class ConversationEvaluation {

    /** One turn played: what it got, and why it failed if it did. */
    record Result(ConversationScript.Scripted conversation, ConversationScript.ScriptedTurn turn, Outcome outcome,
                  List<String> failures) {

        boolean passed() {
            return failures.isEmpty();
        }

        Language language() {
            return conversation.language();
        }
    }

    /** A pass rate over some of the turns. */
    record Rate(int passed, int total) {

        double percent() {
            return total == 0 ? 100 : 100.0 * passed / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5.1f %% (%d/%d)", percent(), passed, total);
        }
    }

    /** The time every evaluated turn happens at: quizzes never expire during an evaluation. */
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private ConversationEvaluation() {
    }

    static List<Result> play(Conversation conversation, ConversationScript script) {
        List<Result> results = new ArrayList<>();
        for (ConversationScript.Scripted scripted : script.conversations()) {
            ChatId chatId = ChatId.of("evaluation", scripted.id());
            Chat chat = Chat.start(chatId.value(), scripted.language(), NOW);
            for (ConversationScript.ScriptedTurn turn : scripted.turns()) {
                Inbound inbound = Inbound.text(chatId, turn.say()).withClientLanguage(Optional.of(scripted.language()));
                Conversation.Step step = conversation.turn(chat, inbound, NOW);
                results.add(new Result(scripted, turn, step.outcome(), failures(turn.expect(), step.outcome())));
                chat = step.chat() == null ? Chat.start(chatId.value(), scripted.language(), NOW) : step.chat();
            }
        }
        return results;
    }

    static List<String> failures(ConversationScript.Expectation expect, Outcome outcome) {
        List<String> failures = new ArrayList<>();
        List<String> sources = outcome.sources();
        if (!expect.kinds().contains(outcome.kind())) {
            failures.add("got " + outcome.kind().name().toLowerCase(Locale.ROOT) + ", expected " + expect.outcome());
        }
        if (expect.intent() != null
                && !outcome.answered().map(Intent::wireName).filter(expect.intent()::equals).isPresent()) {
            failures.add("answered " + outcome.answered().map(Intent::wireName).orElse("nothing") + ", expected "
                    + expect.intent());
        }
        List<String> missing = new ArrayList<>(expect.items());
        missing.addAll(expect.sections());
        missing.removeIf(reference -> sources.contains(reference) || sources.contains(sectionOf(reference)));
        if (!missing.isEmpty()) {
            failures.add("cites " + sources + ", missing " + missing);
        }
        List<String> forbidden = expect.forbid().stream()
                .filter(reference -> sources.stream().anyMatch(source -> source.equals(reference)
                        || source.startsWith(reference + ".") || reference.startsWith(source + ".")))
                .toList();
        if (!forbidden.isEmpty()) {
            failures.add("cites forbidden " + forbidden);
        }
        if (expect.uncovered() != null && !outcome.uncovered().filter(expect.uncovered()::equals).isPresent()) {
            failures.add("uncovered " + outcome.uncovered().orElse("none") + ", expected " + expect.uncovered());
        }
        if (outcome.kind() == Outcome.Kind.OUT_OF_SCOPE && !sources.isEmpty()) {
            failures.add("an out-of-scope reply cites " + sources);
        }
        return failures;
    }

    /** A whole section shown counts as citing each of its items. */
    private static String sectionOf(String reference) {
        int dot = reference.indexOf('.');
        return dot < 0 ? reference : reference.substring(0, dot);
    }

    /** The pass rate of the turns {@code which} selects. */
    static Rate rate(List<Result> results, Predicate<Result> which) {
        List<Result> selected = results.stream().filter(which).toList();
        return new Rate((int) selected.stream().filter(Result::passed).count(), selected.size());
    }

    /** The share of all turns that have {@code property}. */
    static Rate share(List<Result> results, Predicate<Result> property) {
        return new Rate((int) results.stream().filter(property).count(), results.size());
    }

    /** Whether the bot answered in the language the user wrote in. */
    static boolean inTheirLanguage(Result result) {
        return result.outcome().language() == result.language();
    }

    /** How one labelled message fared as the bot answers it, in a fresh chat. */
    record Answered(IntentExample message, Outcome outcome) {

        boolean turnedAway() {
            return outcome.kind() == Outcome.Kind.OUT_OF_SCOPE || outcome.kind() == Outcome.Kind.CLARIFICATION;
        }

        boolean right() {
            return message.intent() == Intent.OUT_OF_SCOPE ? outcome.kind() == Outcome.Kind.OUT_OF_SCOPE
                    : outcome.answered().filter(message.intent()::equals).isPresent();
        }
    }

    static List<Answered> answer(Conversation conversation, List<IntentExample> messages) {
        return messages.stream().map(message -> new Answered(message, conversation.turn(
                Chat.start("evaluation:tsv", message.language(), NOW),
                Inbound.text(ChatId.of("evaluation", "tsv"), message.text()), NOW).outcome())).toList();
    }

    /**
     * The intent figures as the bot answers, rules included (other jobs, off-topic requests, phrasings): the topic it
     * answers, out-of-scope messages turned away (declined or asked about), in-scope ones turned away.
     */
    static void printAnswered(List<Answered> answered, PrintStream out) {
        List<Answered> outOfScope = answered.stream().filter(one -> one.message().intent() == Intent.OUT_OF_SCOPE)
                .toList();
        List<Answered> inScope = answered.stream().filter(one -> one.message().intent() != Intent.OUT_OF_SCOPE)
                .toList();
        out.printf(Locale.ROOT, "As the bot answers (rules included): right topic %s, out-of-scope recall %s, "
                        + "in-scope false rejection %s%n",
                new Rate((int) answered.stream().filter(Answered::right).count(), answered.size()),
                new Rate((int) outOfScope.stream().filter(Answered::turnedAway).count(), outOfScope.size()),
                new Rate((int) inScope.stream().filter(Answered::turnedAway).count(), inScope.size()));
    }

    static void print(List<Result> results, PrintStream out) {
        out.printf("Conversations: %s of %d turns pass; replies in the user's language: %s%n",
                rate(results, result -> true), results.size(), share(results, ConversationEvaluation::inTheirLanguage));
        out.printf("  %-13s %-22s %-22s %-22s%n", "kind", "both", "fr", "en");
        for (String kind : ConversationScript.KINDS) {
            Predicate<Result> ofKind = result -> result.turn().kind().equals(kind);
            out.printf("  %-13s %-22s %-22s %-22s%n", kind, rate(results, ofKind),
                    rate(results, ofKind.and(result -> result.language() == Language.FR)),
                    rate(results, ofKind.and(result -> result.language() == Language.EN)));
        }
        out.printf("  %-13s %-22s %-22s %-22s%n", "all", rate(results, result -> true),
                rate(results, result -> result.language() == Language.FR),
                rate(results, result -> result.language() == Language.EN));
        List<Result> failed = results.stream().filter(result -> !result.passed()).toList();
        if (!failed.isEmpty()) {
            out.println("Turns that fail (conversation, kind: message -> why):");
            failed.forEach(result -> out.printf("  %s, %s: %s -> %s%n", result.conversation().id(),
                    result.turn().kind(), result.turn().say(), String.join("; ", result.failures())));
        }
    }
}
