package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.IntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Registration;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.passerelle.matching.MissionQuery;
import org.passerelle.matching.MissionSearchService;
import org.passerelle.moderation.FlagReason;
import org.passerelle.moderation.FlagService;
import org.passerelle.moderation.RelaxedForum;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimitedException;
import org.passerelle.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Abuse limits with the production values of {@code application.properties} (the test profile lifts them for the
 * other tests): a burst of attempts, per user and per client address, gets exactly the allowed number through; every
 * other attempt is refused with its translated reason ({@link RateLimitedException}), and nothing else goes wrong.
 * Logins: {@code LoginSecurityIT} and {@code LoginThrottleTest}; the open data API (429): {@code ApiRateLimitTest}.
 */
@IntegrationTest
@ExtendWith(RelaxedForum.class)
@ContextConfiguration(initializers = AbuseLimitsIT.ProductionRateLimits.class)
class AbuseLimitsIT {

    /** Puts the production rate limits back, above the test profile's. */
    static class ProductionRateLimits implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                var all = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
                var limits = new Properties();
                all.stringPropertyNames().stream()
                        .filter(name -> name.startsWith("passerelle.rate-limits."))
                        .forEach(name -> limits.setProperty(name, all.getProperty(name)));
                context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new PropertiesPropertySource("production rate limits", limits));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    RateLimiter limiter;

    @Autowired
    AccountService accounts;

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    FlagService flags;

    @Autowired
    ExpertSearchService expertSearch;

    @Autowired
    MissionSearchService missionSearch;

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        users.signOut();
    }

    @Test
    void theProductionLimitsAreInForce() {
        assertThat(limiter.limit(RateLimit.REGISTRATION).perAddress()).isEqualTo(5);
        assertThat(limiter.limit(RateLimit.SEARCH).perUser()).isEqualTo(120);
    }

    @Test
    void registrationsPerAddressAndPerEmail() {
        var limit = limiter.limit(RateLimit.REGISTRATION);
        var address = newAddress();
        var fromOneAddress = burst(limit.perAddress() + 3, i -> {
            from(address);
            accounts.register(registration(TestUsers.uniqueEmail("burst")));
        });
        assertThat(fromOneAddress).isEqualTo(limit.perAddress());

        var email = TestUsers.uniqueEmail("one-address");
        var forOneEmail = burst(limit.perUser() + 3, i -> {
            from(newAddress());
            accounts.register(registration(email));
        });
        assertThat(forOneEmail).isEqualTo(limit.perUser());
    }

    @Test
    void accountMailsPerEmailKnownOrNotAndPerAddress() {
        var limit = limiter.limit(RateLimit.ACCOUNT_MAIL);
        var known = users.active("Reset burst", Role.EXPERT).getEmail();
        var unknown = TestUsers.uniqueEmail("nobody");
        for (var email : List.of(known, unknown)) {
            // the same answer whether the account exists or not: no enumeration through the limit
            var passed = burst(limit.perUser() + 2, i -> {
                from(newAddress());
                if (i % 2 == 0) {
                    accounts.requestPasswordReset(email);
                } else {
                    accounts.resendVerification(email);
                }
            });
            assertThat(passed).as(email).isEqualTo(limit.perUser());
        }
        var address = newAddress();
        var fromOneAddress = burst(limit.perAddress() + 4, i -> {
            from(address);
            accounts.requestPasswordReset(TestUsers.uniqueEmail("spray"));
        });
        assertThat(fromOneAddress).isEqualTo(limit.perAddress());
    }

    @Test
    void postingPerMemberAndPerAddress() {
        var limit = limiter.limit(RateLimit.POSTING);
        var community = communityFixtures.community("Burst community");
        var member = users.active("Burst poster", Role.EXPERT);
        users.signIn(member);
        communities.join(community);
        from(newAddress());
        var topic = forum.createTopic(community, topic("Burst topic"));
        var passed = burst(limit.perUser() + 5, i -> {
            from(newAddress());
            forum.reply(topic, new PostForm("Reply " + i, null));
        });
        assertThat(passed).as("per member, the topic counted").isEqualTo(limit.perUser() - 1);

        var address = newAddress();
        var posters = new ArrayList<UserAccount>();
        for (int i = 0; i < limit.perAddress() / limit.perUser() + 1; i++) {
            var poster = users.active("Office poster " + i, Role.EXPERT);
            users.signIn(poster);
            communities.join(community);
            posters.add(poster);
        }
        var fromOneAddress = burst(limit.perAddress() + 5, i -> {
            from(address);
            users.signIn(posters.get(i % posters.size()));
            forum.reply(topic, new PostForm("From the office " + i, null));
        });
        assertThat(fromOneAddress).as("per address").isEqualTo(limit.perAddress());
    }

    @Test
    void flaggingPerMember() {
        var limit = limiter.limit(RateLimit.FLAGGING);
        var community = communityFixtures.community("Flag burst community");
        var posts = new ArrayList<Long>();
        for (int a = 0; posts.size() < limit.perUser() + 3; a++) {
            // several authors, each within the posting limit
            var author = users.active("Flag burst author " + a, Role.EXPERT);
            users.signIn(author);
            communities.join(community);
            var topic = forum.createTopic(community, topic("Flag burst " + a));
            for (int i = 0; i < 10; i++) {
                posts.add(forum.reply(topic, new PostForm("Post " + a + "." + i, null))
                        .id());
            }
        }
        var flagger = users.active("Flag burst flagger", Role.EXPERT);
        users.signIn(flagger);
        communities.join(community);
        var passed = burst(posts.size(), i -> {
            from(newAddress());
            flags.flag(posts.get(i), FlagReason.SPAM, null);
        });
        assertThat(passed).isEqualTo(limit.perUser());
    }

    @Test
    void newSearchesPerMemberAndPerAddressButNotFurtherPages() {
        var limit = limiter.limit(RateLimit.SEARCH);
        users.signIn(users.active("Search burst", Role.EXPERT));
        var passed = burst(limit.perUser() + 10, i -> {
            from(newAddress());
            if (i % 2 == 0) {
                expertSearch.page(ExpertQuery.all().withText("health " + i), 0, 10);
            } else {
                missionSearch.search(MissionQuery.all().withText("water " + i), 0, 10);
            }
        });
        assertThat(passed).isEqualTo(limit.perUser());
        // further pages of a search are not new searches
        expertSearch.page(ExpertQuery.all(), 10, 10);
        // and the allowance comes back over the period
        clock.advance(limit.period());
        expertSearch.page(ExpertQuery.all().withText("again"), 0, 10);

        users.signOut();
        var address = newAddress();
        var fromOneAddress = burst(limit.perAddress() + 10, i -> {
            from(address);
            expertSearch.page(ExpertQuery.all().withText("visitor " + i), 0, 10);
        });
        assertThat(fromOneAddress).isEqualTo(limit.perAddress());
    }

    /** Runs the attempts; returns how many went through. Each must go through or be rate-limited. */
    private static int burst(int attempts, Attempt attempt) {
        int passed = 0;
        for (int i = 0; i < attempts; i++) {
            try {
                attempt.run(i);
                passed++;
            } catch (RateLimitedException expected) {
                assertThat(expected.messageKey()).startsWith("rateLimit.");
            }
        }
        return passed;
    }

    @FunctionalInterface
    interface Attempt {
        void run(int i);
    }

    private static String newAddress() {
        return "203.0.113." + (ADDRESSES.incrementAndGet() % 250) + "-" + ADDRESSES.get();
    }

    /** The request comes from this client address. */
    private static void from(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static Registration registration(String email) {
        var registration = new Registration();
        registration.setDisplayName("Burst Registrant");
        registration.setEmail(email);
        registration.setPassword("correct horse battery staple");
        registration.setPasswordConfirmation("correct horse battery staple");
        return registration;
    }

    private static TopicForm topic(String title) {
        return CommunityFixtures.topic(title, "Opening post");
    }
}
