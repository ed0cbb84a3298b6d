package com.careerbot.quiz;

import com.careerbot.sheet.Localized;

/**
 * One quiz statement.
 *
 * @param sheetItem the sheet item ({@code section.item}) the statement restates
 */
public record Statement(String id, String dimension, String sheetItem, Localized text) {
}
