package com.careerbot.answer;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import com.careerbot.sheet.Language;

/**
 * The bot's own wording (greetings, button labels, quiz texts), from {@code i18n/messages_<lang>.properties}. Facts
 * never live here: they come from the job sheet. Texts use {@link MessageFormat} placeholders; French apostrophes are
 * typographic (’) so that none needs escaping.
 */
public final class Messages {

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    /**
     * @throws IllegalStateException when a language's file is missing or the files do not hold the same keys, naming
     *                               the file and the keys
     */
    public Messages(String baseName) {
        for (Language language : Language.values()) {
            try {
                bundles.put(language, ResourceBundle.getBundle(baseName, language.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                throw new IllegalStateException(baseName + "_" + language.code() + ".properties is missing", e);
            }
        }
        checkSameKeys(baseName);
    }

    public static Messages standard() {
        return new Messages("i18n/messages");
    }

    public String get(Language language, String key, Object... arguments) {
        String pattern = bundles.get(language).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    private void checkSameKeys(String baseName) {
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(bundle -> all.addAll(bundle.keySet()));
        List<String> problems = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(bundle.keySet());
            if (!missing.isEmpty()) {
                problems.add(baseName + "_" + language.code() + ".properties lacks " + missing);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }
}
