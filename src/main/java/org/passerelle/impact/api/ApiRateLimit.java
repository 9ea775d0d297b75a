package org.passerelle.impact.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the open data API per client address (Bucket4j): {@code passerelle.api.requests-per-minute} requests (default
 * 60), refilled evenly. Beyond that: {@code 429 Too Many Requests} with {@code Retry-After}, and a JSON body.
 * Every answer says what is left in {@code X-RateLimit-Remaining}.
 */
@Component
class ApiRateLimit extends OncePerRequestFilter {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(@Value("${passerelle.api.requests-per-minute:60}") int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var bucket = buckets.computeIfAbsent(
                request.getRemoteAddr(),
                address -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        var seconds =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.getWriter()
                .write("{\"error\":\"api.rateLimited\",\"message\":\"Too many requests: try again in " + seconds
                        + " s.\"}");
    }

    /** Forgets full buckets, so memory stays bounded. */
    @Scheduled(fixedDelay = 600_000)
    void forgetFullBuckets() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
    }
}
