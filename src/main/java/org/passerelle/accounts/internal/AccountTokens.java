package org.passerelle.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems the secrets that e-mail links carry: 256 random bits, stored hashed, single use. */
@Component
public class AccountTokens {

    public static final Duration VERIFY_EMAIL_VALIDITY = Duration.ofHours(48);
    public static final Duration RESET_PASSWORD_VALIDITY = Duration.ofHours(1);
    public static final Duration CHANGE_EMAIL_VALIDITY = Duration.ofHours(24);

    private final SecureRandom random = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Issues a new token, voiding older open ones of the same purpose; returns the secret to put in the link. */
    public String issue(UserAccount user, AccountToken.Purpose purpose, String newEmail) {
        var now = clock.instant();
        tokens.useAll(user.getId(), purpose, now);
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(user.getId(), purpose, hash(secret), newEmail, now, now.plus(validity(purpose))));
        return secret;
    }

    /** Uses the token if it is known, of this purpose, unused and unexpired. */
    public Optional<AccountToken> redeem(String secret, AccountToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHashAndPurpose(hash(secret), purpose)
                .filter(token -> token.usable(now))
                .map(token -> {
                    token.use(now);
                    return token;
                });
    }

    /** Removes every token of a user (their account is being deleted). */
    public void deleteAllOf(long userId) {
        tokens.deleteByUserId(userId);
    }

    private static Duration validity(AccountToken.Purpose purpose) {
        return switch (purpose) {
            case VERIFY_EMAIL -> VERIFY_EMAIL_VALIDITY;
            case RESET_PASSWORD -> RESET_PASSWORD_VALIDITY;
            case CHANGE_EMAIL -> CHANGE_EMAIL_VALIDITY;
        };
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
