package org.passerelle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.passerelle.accounts.SystemTasks;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "org.passerelle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsNeverTouchPersistenceOrSearch = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.data.repository..",
                    "org.springframework.data.jpa..",
                    "jakarta.persistence..",
                    "org.hibernate..",
                    "..internal..")
            .because("views talk to their module's application services only (ARCHITECTURE.md rule 2)");

    @ArchTest
    static final ArchRule everyRouteStatesWhoMayOpenIt = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .beAnnotatedWith(AnonymousAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(RolesAllowed.class)
            .because("a hidden button is not a security boundary (ARCHITECTURE.md rule 3)");

    @ArchTest
    static final ArchRule onlyNotificationsSendsMail = noClasses()
            .that()
            .resideOutsideOfPackage("org.passerelle.notifications..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.mail..", "jakarta.mail..");

    @ArchTest
    static final ArchRule servicesStateWhoMayCallThem = classes()
            .that()
            .haveSimpleNameEndingWith("Service")
            .and()
            .areAnnotatedWith(Service.class)
            .and()
            .resideOutsideOfPackage("..internal..")
            .should(ServiceSecurityCondition.EVERY_PUBLIC_METHOD_IS_GUARDED);

    @ArchTest
    static final ArchRule noPublicComponentWritesWithoutAGuard = classes()
            .that()
            .arePublic()
            .and()
            .areAnnotatedWith(Component.class)
            .or()
            .areAnnotatedWith(Service.class)
            .and()
            .resideOutsideOfPackages("..internal..", "..ui..", "..web..", "..api..")
            .should(ServiceSecurityCondition.EVERY_PUBLIC_WRITE_IS_GUARDED)
            .because("a module's public components are its API: what writes states who may call it (issue 16)");

    @ArchTest
    static final ArchRule everyEventIsAPastTenseRecord = classes()
            .that(EventTypes.LISTENED_TO)
            .should(EventTypes.BE_PAST_TENSE_RECORDS)
            .because("an event says what happened (ARCHITECTURE.md rules 4 and 11)");

    @ArchTest
    static final ArchRule routesEndInView = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .haveSimpleNameEndingWith("View")
            .because("a route class ends in View (ARCHITECTURE.md rules 8 and 11)");

    @ArchTest
    static final ArchRule onlyViewsEndInView = classes()
            .that()
            .haveSimpleNameEndingWith("View")
            .should()
            .beAssignableTo(com.vaadin.flow.component.Component.class)
            .because("View means a Vaadin view; a read record says what it is: …Details, …Summary (rule 11)");

    @ArchTest
    static final ArchRule onlyDemoDataRunsAsTheSystem = noClasses()
            .that()
            .haveSimpleNameNotStartingWith("Demo")
            .and()
            .doNotHaveFullyQualifiedName(SystemTasks.class.getName())
            .should()
            .callMethod(SystemTasks.class, "run", Runnable.class)
            .orShould()
            .callMethod(SystemTasks.class, "call", Supplier.class)
            .because("acting as the system passes guards no member passes: only start-up demo data may");
}
