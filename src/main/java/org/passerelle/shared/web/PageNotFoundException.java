package org.passerelle.shared.web;

/** The object a public page shows does not exist or is not public: the visitor sees "not found" (404). */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException() {
        super("not found", null, false, false);
    }

    /** The id in the address, or a "not found" if it is not a number. */
    public static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new PageNotFoundException();
        }
    }
}
