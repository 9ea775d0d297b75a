package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
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
    SecurityContextHolderStrategy securityContexts;

    private final Map<UserKind, Authentication> authentications = new EnumMap<>(UserKind.class);
    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @BeforeAll
    void signInEveryKindOfUser() {
        rules.setApplicationContext(context);
        authentications.putAll(KindsOfUser.signIn(context));
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
