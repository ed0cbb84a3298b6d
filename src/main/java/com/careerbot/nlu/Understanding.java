package com.careerbot.nlu;

import com.careerbot.sheet.Language;

/**
 * What the bot understood of one message.
 *
 * @param normalized       the message in normal form (see {@link TextNormalizer}); never stored
 * @param language         the language the message is taken to be written in
 * @param languageDetected whether {@code language} comes from the text itself rather than a fallback
 */
public record Understanding(String normalized, Language language, boolean languageDetected,
                            Classification classification) {
}
