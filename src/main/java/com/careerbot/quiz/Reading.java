package com.careerbot.quiz;

import com.careerbot.sheet.Localized;

/** The overall reading of a result that reaches {@code minPercent} of the maximum score. */
public record Reading(Integer minPercent, Localized text) {
}
