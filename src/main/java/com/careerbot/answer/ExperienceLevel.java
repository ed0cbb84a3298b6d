package com.careerbot.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a question is about beginners, experienced people, or neither in particular. */
public enum ExperienceLevel {
    BEGINNER, EXPERIENCED, ANY;

    private static final Set<String> BEGINNER_WORDS = Set.of("junior", "juniors", "debutant", "debutante",
            "debutants", "debut", "debuter", "commencer", "commence", "sortant", "sortie", "sorti", "ecole", "diplome",
            "diplomee", "premier", "premiere", "jeune", "beginner", "beginners", "entry", "starting", "start",
            "graduate", "grad", "fresh", "first", "newbie");
    private static final Set<String> EXPERIENCED_WORDS = Set.of("senior", "seniors", "experience", "experiences",
            "experimente", "experimentee", "experimentes", "confirme", "confirmee", "expert", "lead", "ans", "annees",
            "experienced", "seasoned", "years", "veteran", "later");
    /** "sans expérience", "no experience": about beginners, although the word "experience" is there. */
    private static final Pattern NO_EXPERIENCE = Pattern.compile("\\b(?:sans|pas|no|without|zero) experience");

    /** @param normalized a text in normal form (see {@code TextNormalizer}) */
    public static ExperienceLevel of(String normalized) {
        List<String> words = List.of(normalized.split(" "));
        boolean noExperience = NO_EXPERIENCE.matcher(normalized).find();
        boolean beginner = noExperience || words.stream().anyMatch(BEGINNER_WORDS::contains);
        boolean experienced = !noExperience && words.stream().anyMatch(EXPERIENCED_WORDS::contains);
        if (beginner == experienced) {
            return ANY;
        }
        return beginner ? BEGINNER : EXPERIENCED;
    }
}
