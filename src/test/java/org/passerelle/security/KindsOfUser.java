package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.moderation.MemberModerationService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;

/** What each kind of user is, to the application, once they have tried to sign in. */
final class KindsOfUser {

    static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /**
     * A new user of each kind, signed in through the real login provider. Users who are not verified, or are
     * suspended, are refused by it (asserted here) and go on as the anonymous visitor they then are.
     */
    static Map<UserKind, Authentication> signIn(ApplicationContext context) {
        var users = context.getBean(TestUsers.class);
        var missionFixtures = context.getBean(MissionFixtures.class);
        var login = context.getBean(AuthenticationProvider.class);
        var result = new EnumMap<UserKind, Authentication>(UserKind.class);
        result.put(UserKind.ANONYMOUS, ANONYMOUS);
        result.put(UserKind.UNVERIFIED, loginRefused(login, users.pending("Matrix unverified", Role.EXPERT)));
        result.put(UserKind.EXPERT, loginAccepted(login, users.active("Matrix expert", Role.EXPERT)));
        result.put(
                UserKind.REP_UNVERIFIED_INSTITUTION,
                loginAccepted(login, missionFixtures.representative("Matrix pending rep", false)));
        result.put(UserKind.REP, loginAccepted(login, missionFixtures.representative("Matrix rep", true)));
        result.put(UserKind.MODERATOR, loginAccepted(login, users.active("Matrix moderator", Role.MODERATOR)));
        var admin = users.active("Matrix admin", Role.ADMIN);
        result.put(UserKind.ADMIN, loginAccepted(login, admin));
        var suspended = users.active("Matrix suspended", Role.EXPERT);
        users.signIn(admin);
        context.getBean(MemberModerationService.class).suspend(suspended.getId(), Duration.ofDays(7), "matrix");
        users.signOut();
        result.put(UserKind.SUSPENDED, loginRefused(login, suspended));
        return result;
    }

    private static Authentication loginAccepted(AuthenticationProvider login, UserAccount user) {
        return login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.getEmail(), TestUsers.PASSWORD));
    }

    private static Authentication loginRefused(AuthenticationProvider login, UserAccount user) {
        assertThatThrownBy(() -> loginAccepted(login, user))
                .as("login of %s", user.getEmail())
                .isInstanceOf(AuthenticationException.class);
        return ANONYMOUS;
    }

    private KindsOfUser() {}
}
