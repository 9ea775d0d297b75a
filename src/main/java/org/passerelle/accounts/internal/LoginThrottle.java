package org.passerelle.accounts.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.accounts.LoginThrottledException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account (the e-mail typed, known or not) and per IP address with Bucket4j token
 * buckets: each failure takes a token, tokens come back slowly, and an empty bucket refuses further attempts until
 * one has come back. Unknown e-mail addresses are throttled exactly like known ones.
 */
@Component
public class LoginThrottle {

    /** Settings under {@code passerelle.login-throttle}. */
    @ConfigurationProperties("passerelle.login-throttle")
    public record Settings(int perAccount, Duration perAccountRefill, int perIp, Duration perIpRefill) {}

    private final Settings settings;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings) {
        this.settings = settings;
    }

    /** Throws {@link LoginThrottledException} if either bucket is empty. */
    public void checkAllowed(String account, String address) {
        long waitNanos = Math.max(wait(accounts.get(account)), wait(addresses.get(address)));
        if (waitNanos > 0) {
            throw new LoginThrottledException(Duration.ofNanos(waitNanos));
        }
    }

    public void failed(String account, String address) {
        accounts.computeIfAbsent(account, key -> bucket(settings.perAccount(), settings.perAccountRefill()))
                .tryConsume(1);
        addresses
                .computeIfAbsent(address, key -> bucket(settings.perIp(), settings.perIpRefill()))
                .tryConsume(1);
    }

    /** A successful login clears the account's failures (not the address's). */
    public void succeeded(String account) {
        accounts.remove(account);
    }

    /** Forgets buckets that have filled up again, so memory stays bounded. */
    @Scheduled(fixedDelay = 600_000)
    void forgetFullBuckets() {
        accounts.values().removeIf(bucket -> bucket.getAvailableTokens() >= settings.perAccount());
        addresses.values().removeIf(bucket -> bucket.getAvailableTokens() >= settings.perIp());
    }

    private static long wait(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static Bucket bucket(int capacity, Duration refillOne) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(1, refillOne)
                        .build())
                .build();
    }
}
