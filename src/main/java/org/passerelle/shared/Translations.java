package org.passerelle.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Texts of the bundles in one language: what code shared by the app's views (Vaadin's {@code getTranslation}) and the
 * server-rendered pages ({@link MessageSource}) uses to write text.
 */
@FunctionalInterface
public interface Translations {

    String get(String key, Object... arguments);

    static Translations of(MessageSource messages, Locale locale) {
        var language = SupportedLanguages.closest(locale);
        return (key, arguments) -> messages.getMessage(key, arguments, "!" + key + "!", language);
    }
}
