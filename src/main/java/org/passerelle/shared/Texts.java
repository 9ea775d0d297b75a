package org.passerelle.shared;

/** Small text helpers shared by the entities that store what users type. */
public final class Texts {

    /** The text without surrounding blanks; empty for null (optional fields are stored as empty strings). */
    public static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private Texts() {}
}
