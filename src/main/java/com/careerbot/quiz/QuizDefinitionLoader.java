package com.careerbot.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.careerbot.nlu.TextNormalizer;
import com.careerbot.sheet.DataFiles;
import com.careerbot.sheet.InvalidSheetException;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Problems;
import org.springframework.core.io.Resource;

/** Reads the quiz from YAML and checks it against the job sheet it draws from. */
public final class QuizDefinitionLoader {

    static final int MIN_STATEMENTS = 8;
    static final int MAX_STATEMENTS = 10;

    private QuizDefinitionLoader() {
    }

    /** @throws InvalidSheetException naming the file, the place and the field of every problem */
    public static QuizDefinition load(Resource resource, JobSheet sheet) {
        QuizDefinition quiz = DataFiles.read(resource, QuizDefinition.class);
        Problems problems = new Problems(resource.getDescription());
        problems.requireText(quiz.id(), "quiz", "id");
        checkScale(quiz, problems);
        Set<String> dimensions = new HashSet<>();
        for (Dimension dimension : quiz.dimensions()) {
            String where = "dimension '" + dimension.id() + "'";
            if (problems.requireText(dimension.id(), where, "id") && !dimensions.add(dimension.id())) {
                problems.add(where, "id", "is used by another dimension");
            }
            problems.requireLocalized(dimension.label(), where, "label");
            requireSheetItem(sheet, dimension.tip(), where, "tip", problems);
            if (dimension.id() != null
                    && quiz.statements().stream().noneMatch(statement -> dimension.id().equals(statement.dimension()))) {
                problems.add(where, "id", "has no statement");
            }
        }
        if (quiz.length() < MIN_STATEMENTS || quiz.length() > MAX_STATEMENTS) {
            problems.add("quiz", "statements", "holds " + quiz.length() + " statements; " + MIN_STATEMENTS + " to "
                    + MAX_STATEMENTS + " are expected");
        }
        for (int i = 0; i < quiz.length(); i++) {
            Statement statement = quiz.statements().get(i);
            String where = "statement #" + (i + 1) + " '" + statement.id() + "'";
            problems.requireText(statement.id(), where, "id");
            problems.requireLocalized(statement.text(), where, "text");
            if (!dimensions.contains(statement.dimension())) {
                problems.add(where, "dimension", "names no dimension of the quiz: '" + statement.dimension() + "'");
            }
            requireSheetItem(sheet, statement.sheetItem(), where, "sheetItem", problems);
        }
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < quiz.readings().size(); i++) {
            Reading reading = quiz.readings().get(i);
            problems.requireLocalized(reading.text(), "reading #" + (i + 1), "text");
            if (reading.minPercent() == null) {
                problems.add("reading #" + (i + 1), "minPercent", "is missing");
                continue;
            }
            if (reading.minPercent() >= previous) {
                problems.add("reading #" + (i + 1), "minPercent", "must be lower than the reading before it");
            }
            previous = reading.minPercent();
        }
        if (previous != 0) {
            problems.add("quiz", "readings", "must end with a reading of minPercent 0, so every result has one");
        }
        quiz.nextSteps().forEach(step -> requireSheetItem(sheet, step, "quiz", "nextSteps", problems));
        problems.throwIfAny();
        return quiz;
    }

    private static void checkScale(QuizDefinition quiz, Problems problems) {
        if (quiz.scale().size() < 2) {
            problems.add("quiz", "scale", "needs at least two options");
        }
        Map<String, Integer> typed = new HashMap<>();
        for (int i = 0; i < quiz.scale().size(); i++) {
            ScaleOption option = quiz.scale().get(i);
            String where = "scale option #" + (i + 1);
            problems.requireLocalized(option.label(), where, "label");
            if (option.score() == null || option.score() < 0) {
                problems.add(where, "score", "must be a number of points, 0 or more");
            }
            List<String> forms = new ArrayList<>(option.typed());
            if (option.label() != null) {
                forms.add(option.label().fr());
                forms.add(option.label().en());
            }
            for (String form : forms) {
                if (form == null) {
                    continue;
                }
                Integer other = typed.put(TextNormalizer.normalize(form), i);
                if (other != null && other != i) {
                    problems.add(where, "typed", "'" + form + "' also types option #" + (other + 1));
                }
            }
        }
    }

    private static void requireSheetItem(JobSheet sheet, String reference, String where, String field, Problems problems) {
        if (sheet.item(reference).isEmpty()) {
            problems.add(where, field, "names no item of the job sheet: '" + reference + "' (expected section.item)");
        }
    }
}
