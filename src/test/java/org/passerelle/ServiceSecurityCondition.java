package org.passerelle;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

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

    /**
     * Every public method that writes (opens a read-write transaction, by its own {@code @Transactional} or its
     * class's) carries {@code @PreAuthorize}, on itself or on its class: no public back door into a module's data.
     */
    static final ArchCondition<JavaClass> EVERY_PUBLIC_WRITE_IS_GUARDED =
            new ArchCondition<>("guard every public writing method with @PreAuthorize") {
                @Override
                public void check(JavaClass component, ConditionEvents events) {
                    var classGuarded = component.isAnnotatedWith(PreAuthorize.class);
                    var classWrites = component
                            .tryGetAnnotationOfType(Transactional.class)
                            .map(t -> !t.readOnly())
                            .orElse(false);
                    component.getMethods().stream()
                            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                            .filter(m -> m.tryGetAnnotationOfType(Transactional.class)
                                    .map(t -> !t.readOnly())
                                    .orElse(classWrites))
                            .filter(m -> !classGuarded && !m.isAnnotatedWith(PreAuthorize.class))
                            .forEach(m -> events.add(SimpleConditionEvent.violated(
                                    m, m.getFullName() + " writes and has no @PreAuthorize")));
                }
            };

    private ServiceSecurityCondition() {}
}
