package org.passerelle.shared;

/** Refused because the user, or their address, tried too often; the message says what and to wait. */
public class RateLimitedException extends RefusedException {

    public RateLimitedException(RateLimit kind) {
        super(kind.messageKey());
    }
}
