package org.passerelle.accounts.internal;

import java.util.Locale;
import java.util.Set;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, one per role, created when the app runs with the default profile on an empty database. Never in
 * tests ("test" profile) or production ("postgres" profile).
 */
@Component
@Profile("default")
class DemoAccounts {

    static final String PASSWORD = "demo-passerelle-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String email, String name, Locale language, Set<Role> roles, boolean verified) {}

    private static final Demo[] DEMOS = {
        new Demo("admin@passerelle.demo", "Aïcha Admin", Locale.ENGLISH, Set.of(Role.ADMIN), true),
        new Demo(
                "moderator@passerelle.demo",
                "Moussa Modérateur",
                Locale.FRENCH,
                Set.of(Role.MODERATOR, Role.EXPERT),
                true),
        new Demo("expert@passerelle.demo", "Dr. Fatou Diallo", Locale.FRENCH, Set.of(Role.EXPERT), true),
        new Demo("engineer@passerelle.demo", "Jean-Baptiste Koné", Locale.ENGLISH, Set.of(Role.EXPERT), true),
        new Demo(
                "institution@passerelle.demo",
                "Ministère de la Santé (Mali)",
                Locale.FRENCH,
                Set.of(Role.INSTITUTION_REP),
                true),
        new Demo("pending@passerelle.demo", "Awa Pending", Locale.ENGLISH, Set.of(Role.EXPERT), false),
    };

    private final AccountSeeder seeder;

    private final SystemTasks system;

    DemoAccounts(AccountSeeder seeder, SystemTasks system) {
        this.system = system;
        this.seeder = seeder;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void createIfEmpty() {
        system.run(this::create);
    }

    private void create() {
        if (seeder.anyAccount()) {
            return;
        }
        var hash = seeder.hash(PASSWORD);
        var list = new StringBuilder("Demo accounts created (password for all: " + PASSWORD + "):");
        for (var demo : DEMOS) {
            seeder.create(demo.email(), demo.name(), demo.language(), demo.roles(), hash, demo.verified());
            list.append("\n    ").append(demo.email()).append("  ").append(demo.roles());
            if (!demo.verified()) {
                list.append("  (e-mail not verified yet)");
            }
        }
        log.info(list.toString());
    }
}
