package org.passerelle.directory;

/** An uploaded photo was refused; {@link #messageKey()} says why, for the user. */
public class PhotoRejectedException extends RuntimeException {

    private final String messageKey;

    public PhotoRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
