package org.passerelle;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.security.access.prepost.PreAuthorize;

/** Every public method of an application service carries {@code @PreAuthorize}, on itself or on its class. */
final class ServiceSecurityCondition {

    static final ArchCondition<JavaClass> EVERY_PUBLIC_METHOD_IS_GUARDED =
            new ArchCondition<>("guard every public method with @PreAuthorize") {
                @Override
                public void check(JavaClass service, ConditionEvents events) {
                    var classGuarded = service.isAnnotatedWith(PreAuthorize.class);
                    service.getMethods().stream()
                            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                            .filter(m -> !classGuarded && !m.isAnnotatedWith(PreAuthorize.class))
                            .forEach(m -> events.add(
                                    SimpleConditionEvent.violated(m, m.getFullName() + " has no @PreAuthorize")));
                }
            };

    private ServiceSecurityCondition() {}
}
