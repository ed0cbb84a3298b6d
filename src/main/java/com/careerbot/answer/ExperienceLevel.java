package com.careerbot.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a question is about beginners, experienced people, or neither in particular. */
public enum ExperienceLevel {
    BEGINNER, EXPERIENCED, ANY;

    private static final Set<String> BEGINNER_WORDS = Set.of("junior", "juniors", "debutant", "debutante",
            "debutants", "debutantes", "debut", "debuts", "debuter", "commencer", "commence", "sortant", "sortie",
            "sorti", "ecole", "diplome", "diplomee", "diplomes", "premier", "premiere", "premiers", "premieres",
            "jeune", "jeunes", "beginner", "beginners", "entry", "starting", "start", "graduate", "graduates", "grad",
            "fresh", "first", "newbie", "newbies");
    private static final Set<String> EXPERIENCED_WORDS = Set.of("senior", "seniors", "experience", "experiences",
            "experimente", "experimentee", "experimentes", "confirme", "confirmee", "expert", "lead", "ans", "annees",
            "experienced", "seasoned", "years", "veteran", "later");
    /**
     * "sans expérience", "with no prior experience", "les premières années": about beginners, although a word about
     * experience is there.
     */
    private static final Pattern EARLY_CAREER = Pattern.compile(
            "\\b(?:sans|pas|peu|no|without|zero|little)(?: \\w+)? experience|\\bpremieres? annees?\\b|\\bfirst years?\\b");

    /** @param normalized a text in normal form (see {@code TextNormalizer}) */
    public static ExperienceLevel of(String normalized) {
        List<String> words = List.of(normalized.split(" "));
        boolean earlyCareer = EARLY_CAREER.matcher(normalized).find();
        boolean beginner = earlyCareer || words.stream().anyMatch(BEGINNER_WORDS::contains);
        boolean experienced = !earlyCareer && words.stream().anyMatch(EXPERIENCED_WORDS::contains);
        if (beginner == experienced) {
            return ANY;
        }
        return beginner ? BEGINNER : EXPERIENCED;
    }
}
