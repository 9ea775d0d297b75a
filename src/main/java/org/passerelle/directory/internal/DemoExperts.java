package org.passerelle.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.SystemTasks;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Experience;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileLink;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Qualification;
import org.passerelle.directory.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo directory (default profile, empty directory only), read from {@code demo/experts.json}: the demo accounts'
 * profiles and 60 more experts, each written in one language, with names, self-described gender and job titles that
 * agree. The same at every start: nothing is random; availability is counted in weeks from the day the demo starts.
 */
@Component
@Profile("default")
class DemoExperts {

    private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);
    static final String FILE = "/demo/experts.json";

    private final ExpertProfileRepository profiles;
    private final AccountSeeder accounts;
    private final Clock clock;

    private final SystemTasks system;

    DemoExperts(ExpertProfileRepository profiles, AccountSeeder accounts, Clock clock, SystemTasks system) {
        this.system = system;
        this.profiles = profiles;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void createIfEmpty() {
        system.run(this::create);
    }

    private void create() {
        if (profiles.count() > 0) {
            return;
        }
        var hash = accounts.hash("demo-passerelle-2026");
        var admin = accounts.idOf("admin@passerelle.demo").orElse(null);
        int index = 0;
        for (var expert : read()) {
            index++;
            var account = text(expert, "account");
            var name = text(expert, "name");
            var french = text(expert, "language").equals("fr");
            Long userId = account.isEmpty()
                    ? (Long) accounts.create(
                            email(name, index),
                            name,
                            french ? Locale.FRENCH : Locale.ENGLISH,
                            Set.of(Role.EXPERT),
                            hash,
                            true)
                    : accounts.idOf(account).orElse(null);
            if (userId != null) {
                save(userId, expert, admin);
            }
        }
        log.info("Demo directory: {} expert profiles created", profiles.count());
    }

    private void save(long userId, JsonNode expert, Long admin) {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var form = new ProfileForm();
        form.setDisplayName(text(expert, "name"));
        form.setGender(text(expert, "gender"));
        form.setHeadline(text(expert, "headline"));
        form.setHeritageCountries(new LinkedHashSet<>(strings(expert.get("heritage"))));
        form.setResidenceCountry(text(expert.get("residence"), "country"));
        form.setResidenceCity(text(expert.get("residence"), "city"));
        form.setSectors(new LinkedHashSet<>(strings(expert.get("sectors"))));
        form.setSkills(new LinkedHashSet<>(strings(expert.get("skills"))));
        form.setSkillsText(text(expert, "skillsText"));
        form.setBio(text(expert, "bio"));
        var languages = new ArrayList<LanguageSkill>();
        expert.get("languages")
                .forEach(l -> languages.add(
                        new LanguageSkill(text(l, "language"), ProficiencyLevel.valueOf(text(l, "level")))));
        form.setLanguages(languages);
        var availability = new ArrayList<AvailabilityWindow>();
        expert.get("availability").forEach(w -> {
            var start = today.plusWeeks(w.get("fromWeek").asInt());
            availability.add(new AvailabilityWindow(
                    start,
                    start.plusWeeks(w.get("weeks").asInt()),
                    w.get("remote").asBoolean(),
                    w.get("onSite").asBoolean()));
        });
        form.setAvailability(availability);
        var weeks = expert.get("weeksPerYear");
        form.setWeeksPerYear(weeks == null || weeks.isNull() ? null : weeks.asInt());
        var qualification = expert.get("qualification");
        if (qualification != null && !qualification.isNull()) {
            form.setQualifications(List.of(new Qualification(
                    null,
                    Qualification.Kind.valueOf(text(qualification, "kind")),
                    text(qualification, "title"),
                    text(qualification, "issuer"),
                    qualification.get("year").asInt(),
                    false)));
        }
        var experience = new ArrayList<Experience>();
        expert.get("experience")
                .forEach(x -> experience.add(new Experience(
                        text(x, "role"),
                        text(x, "organisation"),
                        text(x, "country").isEmpty() ? null : text(x, "country"),
                        year(x.get("fromYear")),
                        year(x.get("toYear")),
                        text(x, "description"))));
        form.setExperience(experience);
        var publication = expert.get("publication");
        if (publication != null && !publication.isNull()) {
            form.setLinks(List.of(new ProfileLink(
                    ProfileLink.Kind.PUBLICATION,
                    text(publication, "title"),
                    "https://example.org/publications/" + userId)));
        }
        var identity = Visibility.valueOf(text(expert, "identityVisibility"));
        form.getVisibility().put(ProfileSection.IDENTITY, identity);
        form.getVisibility().put(ProfileSection.ORIGINS, Visibility.valueOf(text(expert, "originsVisibility")));
        form.getVisibility()
                .put(ProfileSection.AVAILABILITY, Visibility.valueOf(text(expert, "availabilityVisibility")));
        var profile = new ExpertProfile(userId, form.getDisplayName(), now);
        profile.update(form, now);
        profiles.save(profile);
        if (admin != null
                && qualification != null
                && !qualification.isNull()
                && qualification.get("verified").asBoolean()) {
            profile.getQualifications().getFirst().verify(admin, now);
        }
    }

    static List<JsonNode> read() {
        try (var in = DemoExperts.class.getResourceAsStream(FILE)) {
            var experts = new ArrayList<JsonNode>();
            JsonMapper.builder().build().readTree(in).get("experts").forEach(experts::add);
            return experts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A made-up address from the name: ASCII letters and dots, numbered so that namesakes differ. */
    static String email(String name, int index) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var local = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
        return (local.isEmpty() ? "expert" : local) + "." + index + "@experts.demo";
    }

    private static Integer year(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static String text(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        if (array != null) {
            array.forEach(v -> list.add(v.asString()));
        }
        return list;
    }
}
