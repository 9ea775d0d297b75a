package org.passerelle.shared;

/**
 * A request a service refuses for a reason the user can act on; {@link #messageKey()} names the message to show
 * (in the messages bundles).
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;

    public RefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
