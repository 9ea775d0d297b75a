package org.passerelle.institutions.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.SystemTasks;
import org.passerelle.institutions.InstitutionForm;
import org.passerelle.institutions.InstitutionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo institutions (default profile, none yet): one verified ministry, one university waiting for verification. */
@Component
@Profile("default")
class DemoInstitutions {

    private static final Logger log = LoggerFactory.getLogger(DemoInstitutions.class);

    private final InstitutionRepository institutions;
    private final AccountSeeder accounts;
    private final Clock clock;

    private final SystemTasks system;

    DemoInstitutions(InstitutionRepository institutions, AccountSeeder accounts, Clock clock, SystemTasks system) {
        this.system = system;
        this.institutions = institutions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void createIfEmpty() {
        system.run(this::create);
    }

    private void create() {
        if (institutions.count() > 0) {
            return;
        }
        var now = clock.instant();
        accounts.idOf("institution@passerelle.demo").ifPresent(rep -> {
            var ministry = new Institution(
                    form(
                            "Ministère de la Santé et du Développement social",
                            InstitutionType.MINISTRY,
                            "ML",
                            "Bamako",
                            "sante.gouv.ml"),
                    rep,
                    now);
            accounts.idOf("admin@passerelle.demo").ifPresent(admin -> ministry.verify(admin, now));
            institutions.save(ministry);
        });
        var universityRep = accounts.idOf("university@passerelle.demo")
                .orElseGet(() -> accounts.create(
                        "university@passerelle.demo",
                        "Université de Dschang (représentante)",
                        Locale.FRENCH,
                        Set.of(Role.INSTITUTION_REP),
                        accounts.hash("demo-passerelle-2026"),
                        true));
        institutions.save(new Institution(
                form("Université de Dschang", InstitutionType.UNIVERSITY, "CM", "Dschang", "univ-dschang.org"),
                universityRep,
                now));
        log.info("Demo institutions: a verified ministry (institution@passerelle.demo), a university waiting for"
                + " verification (university@passerelle.demo)");
    }

    private static InstitutionForm form(String name, InstitutionType type, String country, String city, String domain) {
        var form = new InstitutionForm();
        form.setName(name);
        form.setType(type);
        form.setCountry(country);
        form.setCity(city);
        form.setWebsite("https://www." + domain);
        form.setEmailDomain(domain);
        return form;
    }
}
