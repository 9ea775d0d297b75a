package org.passerelle.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe links: the token names the member and carries an HMAC-SHA256 of it with the site's secret, so it
 * works without logging in and cannot be made up for someone else.
 */
@Component
public class UnsubscribeTokens {

    private final byte[] secret;

    UnsubscribeTokens(@Value("${passerelle.secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String tokenFor(long userId) {
        var payload = Long.toString(userId);
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(payload));
    }

    /** The member a genuine token names; empty for anything else. */
    public Optional<Long> userOf(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        var dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        var payload = token.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(payload), given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(payload));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
