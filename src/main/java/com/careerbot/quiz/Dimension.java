package com.careerbot.quiz;

import com.careerbot.sheet.Localized;

/**
 * A quality the quiz scores, over its statements.
 *
 * @param tip the sheet item ({@code section.item}) shown to people who score low on it
 */
public record Dimension(String id, Localized label, String tip) {
}
