package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Token buckets per user and per address, on the application's clock. */
class RateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final RateLimiter limiter = new RateLimiter(
            clock, environment(), new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class));

    private static MockEnvironment environment() {
        var environment = new MockEnvironment();
        for (var kind : RateLimit.values()) {
            environment.setProperty("passerelle.rate-limits." + kind.property() + ".per-user", "3");
            environment.setProperty("passerelle.rate-limits." + kind.property() + ".per-address", "5");
            environment.setProperty("passerelle.rate-limits." + kind.property() + ".period", "1m");
        }
        return environment;
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aUserGetsTheAllowanceThenWaitsForItToComeBack() {
        for (int i = 0; i < 3; i++) {
            limiter.check(RateLimit.SEARCH, "awa");
        }
        assertThatThrownBy(() -> limiter.check(RateLimit.SEARCH, "awa"))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("rateLimit.search");
        limiter.check(RateLimit.SEARCH, "moussa");
        limiter.check(RateLimit.POSTING, "awa");
        clock.advance(Duration.ofSeconds(20));
        limiter.check(RateLimit.SEARCH, "awa");
        assertThatThrownBy(() -> limiter.check(RateLimit.SEARCH, "awa")).isInstanceOf(RateLimitedException.class);
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            limiter.check(RateLimit.SEARCH, "awa");
        }
    }

    @Test
    void anAddressIsLimitedWhoeverTheUsers() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        for (int i = 0; i < 5; i++) {
            limiter.check(RateLimit.REGISTRATION, "user" + i);
        }
        assertThatThrownBy(() -> limiter.check(RateLimit.REGISTRATION, "another"))
                .isInstanceOf(RateLimitedException.class);
        assertThat(limiter.limit(RateLimit.REGISTRATION).perAddress()).isEqualTo(5);
    }
}
