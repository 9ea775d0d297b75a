package org.passerelle.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the entities that store what users type. */
public final class Texts {

    /** The text without surrounding blanks; empty for null (optional fields are stored as empty strings). */
    public static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** Lower case, accents and other combining marks removed, no surrounding blanks; empty for null ("Santé" → "sante"). */
    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** The text without NUL characters (which PostgreSQL refuses in text, and no one types); null stays null. */
    public static String withoutNul(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    /** Whether every surrogate in the text is half of a proper pair (what any encoding to UTF-8 needs). */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private Texts() {}
}
