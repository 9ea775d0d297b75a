package org.passerelle.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Token buckets (Bucket4j) per kind of action, per user and per client address: each attempt takes a token, tokens
 * come back evenly over the period, and an empty bucket refuses with {@link RateLimitedException} (a translated
 * message; nothing is done). The client address is the current HTTP request's (behind a proxy, as the server resolves
 * forwarded headers); outside a request only the per-user limit applies. Buckets live in memory, per node.
 */
@Component
public class RateLimiter {

    /** A limit: attempts per user and per address, refilled over the period. */
    public record Limit(int perUser, int perAddress, Duration period) {}

    private final Map<RateLimit, Limit> limits = new EnumMap<>(RateLimit.class);
    private final Map<String, Kept> buckets = new ConcurrentHashMap<>();

    private final ObjectProvider<SecurityContextHolderStrategy> securityContexts;

    private final io.github.bucket4j.TimeMeter time;

    RateLimiter(Clock clock, Environment environment, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts;
        // the application's clock (tests hold it still and move it)
        this.time = new io.github.bucket4j.TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        for (var kind : RateLimit.values()) {
            var prefix = "passerelle.rate-limits." + kind.property() + ".";
            limits.put(
                    kind,
                    new Limit(
                            environment.getRequiredProperty(prefix + "per-user", Integer.class),
                            environment.getRequiredProperty(prefix + "per-address", Integer.class),
                            DurationStyle.detectAndParse(environment.getRequiredProperty(prefix + "period"))));
        }
    }

    /** {@link #check(RateLimit, Object)} for the signed-in user (by login name), or the visitor's address only. */
    public void check(RateLimit kind) {
        var strategy = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var authentication = strategy.getContext().getAuthentication();
        var signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        check(kind, signedIn ? authentication.getName() : null);
    }

    /**
     * Takes a token for this attempt from the user's bucket (if {@code user} is given: an account id, or the e-mail
     * address typed) and from the client address's; refuses if either is empty.
     */
    public void check(RateLimit kind, Object user) {
        var limit = limits.get(kind);
        var address = clientAddress();
        var userBucket = user == null ? null : bucket(kind + "/user/" + user, limit.perUser(), limit.period());
        var addressBucket =
                address == null ? null : bucket(kind + "/address/" + address, limit.perAddress(), limit.period());
        // take the user's token, then the address's; give the first back if the second is refused (atomic per bucket,
        // so concurrent attempts never get more than the allowance)
        if (userBucket != null && !userBucket.tryConsume(1)) {
            throw new RateLimitedException(kind);
        }
        if (addressBucket != null && !addressBucket.tryConsume(1)) {
            if (userBucket != null) {
                userBucket.addTokens(1);
            }
            throw new RateLimitedException(kind);
        }
    }

    /** The limits in force. */
    public Limit limit(RateLimit kind) {
        return limits.get(kind);
    }

    /** Forgets buckets that have filled up again, so memory stays bounded. */
    @Scheduled(fixedDelay = 600_000)
    void forgetFullBuckets() {
        buckets.values().removeIf(bucket -> bucket.bucket().getAvailableTokens() >= bucket.capacity());
    }

    /** A bucket and how many tokens it holds when full. */
    private record Kept(Bucket bucket, int capacity) {}

    private Bucket bucket(String key, int capacity, Duration period) {
        return buckets.computeIfAbsent(
                        key,
                        k -> new Kept(
                                Bucket.builder()
                                        .withCustomTimePrecision(time)
                                        .addLimit(Bandwidth.builder()
                                                .capacity(capacity)
                                                .refillGreedy(capacity, period)
                                                .build())
                                        .build(),
                                capacity))
                .bucket();
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
