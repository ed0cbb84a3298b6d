package com.careerbot.answer;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;

/**
 * The sheet gives salaries per month; someone who asks per year gets the yearly equivalent of each monthly figure
 * shown, computed (× 12) and labelled as such, never a figure the sheet does not imply.
 */
final class YearlyFigures {

    static final String MONTHLY_GROSS = "monthlyGross";
    /** Per language: "an" is a year in French and an article in English. */
    private static final Map<Language, Set<String>> YEAR_WORDS = Map.of(
            Language.FR, Set.of("an", "annuel", "annuelle", "annee", "k"),
            Language.EN, Set.of("year", "yearly", "annual", "annually", "k", "annum"));

    private final JobSheet sheet;
    private final Messages messages;

    YearlyFigures(JobSheet sheet, Messages messages) {
        this.sheet = sheet;
        this.messages = messages;
    }

    /**
     * @param shown the sections and items a reply shows
     * @return the yearly equivalent of each of their monthly figures, one per line, when the question is about a year
     */
    Optional<String> lines(List<String> shown, Question question) {
        Language language = question.language();
        if (Arrays.stream(question.normalized().split(" ")).noneMatch(YEAR_WORDS.get(language)::contains)) {
            return Optional.empty();
        }
        List<String> lines = shown.stream()
                .flatMap(reference -> reference.contains(".") ? sheet.item(reference).stream()
                        : sheet.section(reference).items().stream())
                .filter(item -> item.figures().containsKey(MONTHLY_GROSS))
                .map(item -> item.figures().get(MONTHLY_GROSS))
                .map(monthly -> messages.get(language, "answer.salary.yearly", euros(monthly, language),
                        euros(12 * monthly, language)))
                .toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    private static String euros(int amount, Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language == Language.FR ? Locale.FRANCE : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return Html.escape(format.format(amount));
    }
}
