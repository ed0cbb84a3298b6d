package com.careerbot.quiz;

import java.util.List;

/** The quiz as people edit it in {@code sheets/*-quiz.yaml}; built and validated by {@link QuizDefinitionLoader}. */
public record QuizDefinition(String id, List<ScaleOption> scale, List<Dimension> dimensions, List<Statement> statements,
                             List<Reading> readings, List<String> nextSteps) {

    public QuizDefinition {
        scale = scale == null ? List.of() : List.copyOf(scale);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        statements = statements == null ? List.of() : List.copyOf(statements);
        readings = readings == null ? List.of() : List.copyOf(readings);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }

    public int length() {
        return statements.size();
    }

    public int maxScore() {
        return scale.stream().mapToInt(ScaleOption::score).max().orElse(0);
    }
}
