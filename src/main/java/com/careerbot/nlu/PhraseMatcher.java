package com.careerbot.nlu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careerbot.sheet.Language;

/**
 * Finds which targets (sheet items, uncovered topics, job names…) a message asks for, from the phrasings people
 * wrote for them in the data files. A phrasing matches when its words appear in the message in order, at most
 * {@value #MAX_GAP} words apart; words are compared stemmed, a word of six letters or more that is no known word also
 * matches with one typo ("teletravial", not "salarié" for "salaire"), {@code #} matches any number, and small words
 * (articles, prepositions, question words) are left out of phrasings, so "avec de l'expérience" also matches "avec bcp
 * d'expérience". An exact phrasing keeps all its words, one after the other ("solve this", not "solve problems"). The
 * more words a phrasing has, the more specific its match. Thread-safe once built.
 */
public final class PhraseMatcher {

    /** Words a phrasing's consecutive words may be apart in a message: "fort en maths" matches "forte en maths". */
    static final int MAX_GAP = 2;
    /** Shorter words are too often other real words one letter away ("avoir", "savoir"). */
    private static final int MIN_FUZZY_LENGTH = 6;
    private static final String NUMBER = "#";
    private static final Pattern DIGITS_THEN_LETTERS = Pattern.compile("(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N})");
    private static final Map<Language, Set<String>> SMALL_WORDS = Map.of(
            Language.FR, Set.of("le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "en", "au", "aux", "a",
                    "et", "ou", "est", "c", "ce", "ca", "se", "sa", "son", "ses", "mon", "ma", "mes", "ton", "ta",
                    "tes", "on", "il", "elle", "je", "tu", "y", "pour", "par", "sur", "dans", "qu", "que", "s", "quoi",
                    "quel", "quelle", "quels", "quelles", "comment", "combien", "pourquoi", "qui"),
            Language.EN, Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "is", "are",
                    "be", "do", "does", "it", "its", "my", "your", "i", "you", "we", "they", "this", "that", "s",
                    "what", "which", "how", "who", "why", "where", "when"));

    /**
     * One target found in a message.
     *
     * @param words how many words of the phrasing matched: the longer, the more specific
     * @param start the position of the first matched word in the message
     * @param end   the position after the last matched word
     */
    public record Match(String target, int words, int start, int end) {

        /** Whether this match and another share a word of the message. */
        public boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    private record Word(String form, String stem) {
    }

    /** @param maxGap how many message words may come between two of the phrasing's */
    private record Phrasing(String target, List<Word> words, int maxGap) {
    }

    private final Map<Language, List<Phrasing>> phrasings;
    /** Per language, every word form of the phrasings and its one-letter deletions, to the forms they come from. */
    private final Map<Language, Map<String, Set<String>>> typoIndex;
    /**
     * Per language, the positions in {@link #phrasings} of the phrasings whose first word has this stem or form, so
     * that a message is only compared with the phrasings that can start in it.
     */
    private final Map<Language, Map<String, BitSet>> byFirstWord;
    /** Per language, real words: never taken for a typo of another word. */
    private final Map<Language, Set<String>> knownWords;

    private PhraseMatcher(Map<Language, List<Phrasing>> phrasings, Map<Language, Set<String>> knownWords) {
        this.phrasings = phrasings;
        this.knownWords = knownWords;
        this.typoIndex = new EnumMap<>(Language.class);
        this.byFirstWord = new EnumMap<>(Language.class);
        phrasings.forEach((language, list) -> {
            Map<String, Set<String>> index = new HashMap<>();
            Map<String, BitSet> starts = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                list.get(i).words().stream().map(Word::form)
                        .filter(form -> form.length() >= MIN_FUZZY_LENGTH)
                        .forEach(form -> variants(form).forEach(variant ->
                                index.computeIfAbsent(variant, key -> new HashSet<>()).add(form)));
                Word first = list.get(i).words().get(0);
                starts.computeIfAbsent(first.stem(), key -> new BitSet()).set(i);
                starts.computeIfAbsent(first.form(), key -> new BitSet()).set(i);
            }
            typoIndex.put(language, index);
            byFirstWord.put(language, starts);
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects phrasings; {@link #add} rejects one that has no word left once normalised. */
    public static final class Builder {

        private final Map<Language, List<Phrasing>> phrasings = new EnumMap<>(Language.class);
        private final Map<Language, Set<String>> knownWords = new EnumMap<>(Language.class);

        private Builder() {
            for (Language language : Language.values()) {
                phrasings.put(language, new ArrayList<>());
                knownWords.put(language, new HashSet<>());
            }
        }

        /** Words of the language that are real words, in normal form: a message word among them is no typo. */
        public Builder knownWords(Language language, Collection<String> words) {
            knownWords.get(language).addAll(words);
            return this;
        }

        /** @throws IllegalArgumentException when the phrasing has no word that can match */
        public Builder add(String target, Language language, String phrasing) {
            return add(target, language, phrasing, false);
        }

        /**
         * A phrasing whose every word counts, small words included, and whose words must follow one another: for
         * phrasings whose meaning lies in their small words ("my homework", "act as if").
         *
         * @throws IllegalArgumentException when the phrasing has no word that can match
         */
        public Builder addExact(String target, Language language, String phrasing) {
            return add(target, language, phrasing, true);
        }

        private Builder add(String target, Language language, String phrasing, boolean exact) {
            List<String> forms = new ArrayList<>();
            for (String part : phrasing.strip().split("\\s+")) {
                if (part.equals(NUMBER)) {
                    forms.add(NUMBER);
                } else {
                    forms.addAll(List.of(TextNormalizer.tokens(split(TextNormalizer.normalize(part)))));
                }
            }
            List<String> meaningful = forms.stream().filter(form -> !SMALL_WORDS.get(language).contains(form)).toList();
            if (!exact && !meaningful.isEmpty()) {
                forms = meaningful;
            }
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("'" + phrasing + "' has no word left once normalised");
            }
            String[] stems = Stemmer.stem(forms.toArray(String[]::new), language);
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < stems.length; i++) {
                words.add(new Word(forms.get(i), forms.get(i).equals(NUMBER) ? NUMBER : stems[i]));
            }
            phrasings.get(language).add(new Phrasing(target, List.copyOf(words), exact ? 0 : MAX_GAP));
            return this;
        }

        public PhraseMatcher build() {
            Map<Language, List<Phrasing>> copy = new EnumMap<>(Language.class);
            phrasings.forEach((language, list) -> copy.put(language, List.copyOf(list)));
            Map<Language, Set<String>> known = new EnumMap<>(Language.class);
            knownWords.forEach((language, words) -> known.put(language, Set.copyOf(words)));
            return new PhraseMatcher(copy, known);
        }
    }

    /**
     * @param normalized a message in normal form (see {@link TextNormalizer})
     * @return the best match of each target found, most specific first, then in the order of the message
     */
    public List<Match> find(String normalized, Language language) {
        String[] forms = TextNormalizer.tokens(split(normalized));
        if (forms.length == 0) {
            return List.of();
        }
        String[] stems = Stemmer.stem(forms, language);
        List<Set<String>> near = new ArrayList<>(forms.length);
        for (String form : forms) {
            near.add(nearForms(form, language));
        }
        BitSet candidates = new BitSet();
        Map<String, BitSet> starts = byFirstWord.get(language);
        for (int i = 0; i < forms.length; i++) {
            Stream.concat(Stream.of(stems[i], forms[i], Character.isDigit(forms[i].charAt(0)) ? NUMBER : ""),
                            near.get(i).stream())
                    .map(starts::get).filter(Objects::nonNull).forEach(candidates::or);
        }
        List<Phrasing> all = phrasings.get(language);
        Map<String, Match> best = new LinkedHashMap<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Match match = locate(all.get(i), forms, stems, near);
            if (match != null) {
                best.merge(all.get(i).target(), match, (a, b) -> b.words() > a.words() ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Match::words).reversed().thenComparingInt(Match::start))
                .toList();
    }

    /** The first place in the message where all the phrasing's words are found, in order; null when there is none. */
    private static Match locate(Phrasing phrasing, String[] forms, String[] stems, List<Set<String>> near) {
        List<Word> words = phrasing.words();
        for (int start = 0; start < forms.length; start++) {
            if (!matches(words.get(0), forms[start], stems[start], near.get(start))) {
                continue;
            }
            int end = extend(phrasing, 1, start, forms, stems, near);
            if (end >= 0) {
                return new Match(phrasing.target(), words.size(), start, end);
            }
        }
        return null;
    }

    /** @return the position after the last word once words {@code from…} are matched after {@code previous}, or -1 */
    private static int extend(Phrasing phrasing, int from, int previous, String[] forms, String[] stems,
                              List<Set<String>> near) {
        List<Word> words = phrasing.words();
        if (from == words.size()) {
            return previous + 1;
        }
        for (int next = previous + 1; next < forms.length && next <= previous + 1 + phrasing.maxGap(); next++) {
            if (matches(words.get(from), forms[next], stems[next], near.get(next))) {
                int end = extend(phrasing, from + 1, next, forms, stems, near);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean matches(Word word, String form, String stem, Set<String> near) {
        if (word.form().equals(NUMBER)) {
            return Character.isDigit(form.charAt(0));
        }
        return word.stem().equals(stem) || word.form().equals(form) || near.contains(word.form());
    }

    /** The phrasings' word forms one typo away from a message word (a letter added, missing, changed or swapped). */
    private Set<String> nearForms(String form, Language language) {
        if (form.length() < MIN_FUZZY_LENGTH || knownWords.get(language).contains(form)) {
            return Set.of();
        }
        Map<String, Set<String>> index = typoIndex.get(language);
        Set<String> found = new HashSet<>();
        for (String variant : variants(form)) {
            for (String candidate : index.getOrDefault(variant, Set.of())) {
                if (withinOneTypo(form, candidate)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    private static List<String> variants(String form) {
        List<String> variants = new ArrayList<>(form.length() + 1);
        variants.add(form);
        for (int i = 0; i < form.length(); i++) {
            variants.add(form.substring(0, i) + form.substring(i + 1));
        }
        return variants;
    }

    /** Optimal string alignment distance of at most one. */
    static boolean withinOneTypo(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int lengthDifference = a.length() - b.length();
        if (Math.abs(lengthDifference) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (lengthDifference > 0) {
            return a.substring(i + 1).equals(b.substring(i));
        }
        if (lengthDifference < 0) {
            return a.substring(i).equals(b.substring(i + 1));
        }
        if (a.substring(i + 1).equals(b.substring(i + 1))) {
            return true;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** "10ans" reads as "10 ans", so that "# ans" matches it. */
    private static String split(String normalized) {
        return DIGITS_THEN_LETTERS.matcher(normalized).replaceAll(" ");
    }
}
