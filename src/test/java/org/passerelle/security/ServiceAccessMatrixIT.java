package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.moderation.MemberModerationService;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Service;

/**
 * Every public method of every application service, for every kind of user, against the checked-in table
 * {@code security/service-access.tsv}: 100% of the cells. A method missing from the table (or a table line whose method
 * is gone) fails the test, which prints the lines to review and add.
 *
 * <p>Each cell is checked twice over: the method's own {@code @PreAuthorize} rule is evaluated for that user, and every
 * refused cell is also <em>called</em> through the real Spring proxy (with empty arguments), which must refuse it —
 * proving the guard is really applied, not just written. Allowed cells are not called (they would change data); the
 * feature tests call them.
 *
 * <p>Users who are not verified, or are suspended, cannot sign in: their login is attempted through the real
 * authentication provider, which must refuse it, and they go on as the anonymous visitor they then are.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceAccessMatrixIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    MemberModerationService moderation;

    @Autowired
    AuthenticationProvider login;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    private final Map<UserKind, Authentication> authentications = new EnumMap<>(UserKind.class);
    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @BeforeAll
    void signInEveryKindOfUser() {
        rules.setApplicationContext(context);
        var anonymous = new AnonymousAuthenticationToken(
                "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        authentications.put(UserKind.ANONYMOUS, anonymous);
        authentications.put(
                UserKind.UNVERIFIED, loginRefused(users.pending("Matrix unverified", Role.EXPERT), anonymous));
        authentications.put(UserKind.EXPERT, users.signIn(users.active("Matrix expert", Role.EXPERT)));
        authentications.put(
                UserKind.REP_UNVERIFIED_INSTITUTION,
                users.signIn(missionFixtures.representative("Matrix pending rep", false)));
        authentications.put(UserKind.REP, users.signIn(missionFixtures.representative("Matrix rep", true)));
        authentications.put(UserKind.MODERATOR, users.signIn(users.active("Matrix moderator", Role.MODERATOR)));
        var admin = users.active("Matrix admin", Role.ADMIN);
        authentications.put(UserKind.ADMIN, users.signIn(admin));
        var suspended = users.active("Matrix suspended", Role.EXPERT);
        moderation.suspend(suspended.getId(), Duration.ofDays(7), "matrix");
        authentications.put(UserKind.SUSPENDED, loginRefused(suspended, anonymous));
        users.signOut();
    }

    /** Logs in through the real provider, which must refuse; the user stays the anonymous visitor. */
    private Authentication loginRefused(UserAccount user, Authentication anonymous) {
        assertThatThrownBy(() -> login.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(user.getEmail(), TestUsers.PASSWORD)))
                .as("login of %s", user.getEmail())
                .isInstanceOf(AuthenticationException.class);
        return anonymous;
    }

    @Test
    void everyServiceMethodIsInTheTableAndTheTableHasNoStaleLine() {
        var expected = AccessTable.load("security/service-access.tsv");
        var methods = serviceMethods();
        var missing = methods.keySet().stream()
                .filter(key -> !expected.containsKey(key))
                .map(key -> AccessTable.line(key, actualRow(methods.get(key))))
                .collect(Collectors.joining("\n"));
        assertThat(missing)
                .as("service methods without a line in service-access.tsv")
                .isEmpty();
        assertThat(expected.keySet()).as("lines whose method is gone").isSubsetOf(methods.keySet());
    }

    @Test
    void everyCellIsAllowedOrRefusedAsTheTableSays() {
        var expected = AccessTable.load("security/service-access.tsv");
        var methods = serviceMethods();
        var wrong = new ArrayList<String>();
        int cells = 0;
        int calledAndRefused = 0;
        for (var entry : methods.entrySet()) {
            var row = expected.get(entry.getKey());
            if (row == null) {
                continue; // reported by the test above
            }
            var target = entry.getValue();
            for (var kind : UserKind.values()) {
                cells++;
                var allowed = allowedByRule(target, kind);
                if (allowed != row.get(kind)) {
                    wrong.add("%s for %s: table says %s, the rule says %s"
                            .formatted(entry.getKey(), kind, row.get(kind), allowed));
                }
                if (!row.get(kind)) {
                    var outcome = call(target, kind);
                    if (outcome instanceof AccessDeniedException
                            || outcome
                                    instanceof
                                    org.springframework.security.authentication
                                            .AuthenticationCredentialsNotFoundException) {
                        calledAndRefused++;
                    } else {
                        wrong.add("%s for %s: called, not refused (%s)".formatted(entry.getKey(), kind, outcome));
                    }
                }
            }
        }
        assertThat(wrong).as("cells that differ from the table").isEmpty();
        assertThat(cells).isEqualTo(methods.size() * UserKind.values().length);
        assertThat(calledAndRefused).isPositive();
        System.out.printf(
                "service access matrix: %d methods, %d cells, %d refused calls%n",
                methods.size(), cells, calledAndRefused);
    }

    /** A service method and the bean (proxy) that exposes it. */
    record Target(Object bean, Class<?> type, Method method) {}

    private Map<String, Target> serviceMethods() {
        var methods = new TreeMap<String, Target>();
        for (var bean : context.getBeansWithAnnotation(Service.class).values()) {
            var type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.passerelle")
                    || type.getPackageName().contains(".internal")
                    || !type.getSimpleName().endsWith("Service")) {
                continue;
            }
            for (var method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !method.isSynthetic()
                        && !Modifier.isStatic(method.getModifiers())) {
                    methods.put(AccessTable.key(method), new Target(bean, type, method));
                }
            }
        }
        return methods;
    }

    private EnumMap<UserKind, Boolean> actualRow(Target target) {
        var row = new EnumMap<UserKind, Boolean>(UserKind.class);
        for (var kind : UserKind.values()) {
            row.put(kind, allowedByRule(target, kind));
        }
        return row;
    }

    private boolean allowedByRule(Target target, UserKind kind) {
        var invocation = new SimpleMethodInvocation(target.bean(), target.method(), emptyArguments(target.method()));
        var result = rules.authorize(() -> authentications.get(kind), invocation);
        if (result == null) {
            throw new AssertionError(target.method() + " has no @PreAuthorize rule");
        }
        return result.isGranted();
    }

    /** Calls the method through its proxy as that user; returns what it threw (or null if it returned). */
    private Throwable call(Target target, UserKind kind) {
        var securityContext = securityContexts.createEmptyContext();
        securityContext.setAuthentication(authentications.get(kind));
        securityContexts.setContext(securityContext);
        try {
            var thrown = catchThrowable(() -> {
                try {
                    target.method().invoke(target.bean(), emptyArguments(target.method()));
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
            return thrown;
        } finally {
            securityContexts.clearContext();
        }
    }

    private static Object[] emptyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(ServiceAccessMatrixIT::empty)
                .toArray();
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        return 0;
    }
}
