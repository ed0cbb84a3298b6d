package com.careerbot.answer;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careerbot.nlu.Intent;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Language;
import com.careerbot.sheet.Section;

/**
 * Both salary figures of the sheet, as gross monthly amounts, the one the question is about first; the yearly
 * equivalent (×12, labelled as such) when the question is about a year.
 */
final class SalaryComposer extends SheetComposer {

    /** Per language: "an" is a year in French and an article in English. */
    private static final Map<Language, Set<String>> YEAR_WORDS = Map.of(
            Language.FR, Set.of("an", "annuel", "annuelle", "annee", "k"),
            Language.EN, Set.of("year", "yearly", "annual", "annually", "k"));

    SalaryComposer(JobSheet sheet, Messages messages, Topics topics) {
        super(sheet, messages, topics);
    }

    @Override
    public Intent intent() {
        return Intent.SALARY;
    }

    @Override
    public Reply compose(Question question) {
        Language language = question.language();
        List<String> words = List.of(question.normalized().split(" "));
        Section salary = sheet.section("salary");
        String beginner = "🌱 " + text("salary", "beginner", language);
        String experienced = "🚀 " + text("salary", "experienced", language);
        List<String> figures = new ArrayList<>(ExperienceLevel.of(question.normalized()) == ExperienceLevel.EXPERIENCED
                ? List.of(experienced, beginner) : List.of(beginner, experienced));
        if (words.stream().anyMatch(YEAR_WORDS.get(language)::contains)) {
            figures.add("📅 " + messages.get(language, "answer.salary.yearly",
                    euros(12 * salary.figure("beginnerMonthlyGross"), language),
                    euros(12 * salary.figure("experiencedMonthlyGross"), language)));
        }
        return answer(language)
                .title(salary.title().in(language))
                .html(String.join("\n", figures))
                .html(text("salary", "factors", language))
                .html("ℹ️ " + text("salary", "caveat", language) + " " + text("salary", "advice", language))
                .cite("salary")
                .buttons(topics.ask(language, Intent.STUDIES, Intent.OUTLOOK, Intent.PROS_CONS))
                .build();
    }

    private static String euros(int amount, Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language == Language.FR ? Locale.FRANCE : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return Html.escape(format.format(amount));
    }
}
