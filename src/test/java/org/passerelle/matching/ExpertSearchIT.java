package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Experience;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileLink;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.SimilarExperts;
import org.passerelle.directory.Visibility;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Directory search over real profiles in the Lucene index. Each test tags its experts with a unique word so that
 * other tests' profiles in the shared context do not disturb the counts.
 */
@IntegrationTest
class ExpertSearchIT {

    @Autowired
    ExpertSearchService search;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    TestUsers testUsers;

    String tag;

    @BeforeEach
    void uniqueTag() {
        tag = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    /** Creates an expert whose profile everyone may see unless {@code edit} says otherwise. */
    UserAccount expert(String name, Consumer<ProfileForm> edit) {
        var user = testUsers.active(name, Role.EXPERT);
        testUsers.signIn(user);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName(name);
        form.setSkillsText(tag);
        form.setHeadline(tag);
        for (var section : ProfileSection.values()) {
            form.getVisibility().put(section, Visibility.PUBLIC);
        }
        edit.accept(form);
        profiles.update(id, form);
        testUsers.signOut();
        return user;
    }

    ExpertQuery tagged(String text) {
        return ExpertQuery.all().withText(tag + (text.isEmpty() ? "" : " " + text));
    }

    List<String> names(ExpertQuery query) {
        return search.page(query, 0, 50).hits().stream().map(ExpertHit::name).toList();
    }

    @Test
    void stemmingAndAccentFoldingInBothLanguages() {
        expert("Awa Médecin", f -> f.setHeadline("Médecins urgentistes, formation des infirmières"));
        expert("Bob Surgeon", f -> f.setHeadline("Trains surgeons in rural hospitals"));
        var query = ExpertQuery.all();
        assertThat(names(query.withText("medecin"))).contains("Awa Médecin");
        assertThat(names(query.withText("infirmiere"))).contains("Awa Médecin");
        assertThat(names(query.withText("surgeon hospital"))).contains("Bob Surgeon");
        assertThat(names(query.withText("trained"))).contains("Bob Surgeon");
    }

    @Test
    void experienceAndPublicationsAreSearchable() {
        expert("Experienced", f -> {
            f.setExperience(
                    List.of(new Experience("Chef de service", "Hôpital Gabriel Touré " + tag, "ML", 2005, 2015, "")));
            f.setLinks(List.of(new ProfileLink(
                    ProfileLink.Kind.PUBLICATION, "Malaria in children " + tag, "https://example.org/p")));
        });
        assertThat(names(ExpertQuery.all().withText("gabriel toure " + tag))).contains("Experienced");
        assertThat(names(ExpertQuery.all().withText("malaria " + tag))).contains("Experienced");
    }

    @Test
    void typosStillFind() {
        expert("Chidi Hydrologist", f -> f.setSkills(Set.of("hydrogeology", tag)));
        assertThat(names(ExpertQuery.all().withText("hydrogeolgy"))).contains("Chidi Hydrologist");
    }

    @Test
    void snippetsHighlightTheMatchAndEscapeHtml() {
        expert("Dana Bio", f -> f.setBio("Je forme des <b>sages-femmes</b> au Mali depuis dix ans."));
        var hit = search.page(tagged("sages-femmes"), 0, 10).hits().getFirst();
        assertThat(String.join(" ", hit.snippets()))
                .contains("<mark>")
                .contains("&lt;b&gt;")
                .doesNotContain("<b>");
    }

    @Test
    void facetsCountAndFilter() {
        expert("E1", f -> {
            f.setSectors(Set.of("health"));
            f.setHeritageCountries(Set.of("ML"));
            f.setResidenceCountry("FR");
            f.setLanguages(List.of(new LanguageSkill("bm", ProficiencyLevel.NATIVE)));
        });
        expert("E2", f -> {
            f.setSectors(Set.of("health", "education"));
            f.setHeritageCountries(Set.of("SN"));
            f.setResidenceCountry("CA");
            f.setLanguages(List.of(new LanguageSkill("bm", ProficiencyLevel.B1)));
        });
        expert("E3", f -> {
            f.setSectors(Set.of("water"));
            f.setHeritageCountries(Set.of("HT"));
            f.setResidenceCountry("CA");
        });
        var all = tagged("");
        var facets = search.facets(all);
        assertThat(facets.sectors())
                .containsEntry("health", 2L)
                .containsEntry("education", 1L)
                .containsEntry("water", 1L);
        assertThat(facets.heritageContinents()).containsEntry("002", 2L).containsEntry("019", 1L);
        assertThat(facets.heritageRegions()).containsEntry("011", 2L).containsEntry("029", 1L);
        assertThat(facets.residenceCountries()).containsEntry("CA", 2L).containsEntry("FR", 1L);
        assertThat(facets.languages()).containsEntry("bm", 2L);

        assertThat(names(with(
                        all,
                        q -> QueryBuilder.query(q.text())
                                .sectors("health")
                                .residence("CA")
                                .build())))
                .containsExactly("E2");
        assertThat(names(with(
                        all,
                        q -> QueryBuilder.query(q.text())
                                .regions("011")
                                .speaks("bm", ProficiencyLevel.B2)
                                .build())))
                .containsExactly("E1");
        assertThat(search.count(with(
                        all, q -> QueryBuilder.query(q.text()).continents("002").build())))
                .isEqualTo(2);
    }

    @Test
    void availabilityOverlapAndWayOfWorking() {
        expert(
                "March remote",
                f -> f.setAvailability(List.of(
                        new AvailabilityWindow(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), true, false))));
        expert(
                "June on site",
                f -> f.setAvailability(List.of(
                        new AvailabilityWindow(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30), false, true))));
        var all = tagged("");
        assertThat(names(with(
                        all,
                        q -> QueryBuilder.query(q.text())
                                .available(LocalDate.of(2027, 3, 20), LocalDate.of(2027, 4, 10))
                                .build())))
                .containsExactly("March remote");
        assertThat(names(with(
                        all,
                        q -> QueryBuilder.query(q.text())
                                .available(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
                                .onSite()
                                .build())))
                .containsExactly("June on site");
        assertThat(search.facets(all).remote()).isEqualTo(1);
        assertThat(search.facets(all).onSite()).isEqualTo(1);
    }

    @Test
    void aVisitorNeverFindsCountsOrReadsAHiddenSection() {
        expert("Hidden origins", f -> {
            f.setBio("Biographie secrète sur les semences " + tag);
            f.setSectors(Set.of("agriculture"));
            f.setHeritageCountries(Set.of("BF"));
            f.getVisibility().put(ProfileSection.ORIGINS, Visibility.MEMBERS);
            f.getVisibility().put(ProfileSection.BIO, Visibility.MEMBERS);
            f.getVisibility().put(ProfileSection.EXPERTISE, Visibility.ONLY_ME);
        });
        var owner = expert("Invisible", f -> f.getVisibility().put(ProfileSection.IDENTITY, Visibility.MEMBERS));

        // a visitor
        var all = tagged("");
        assertThat(names(all)).containsExactly("Hidden origins");
        var hit = search.page(all, 0, 10).hits().getFirst();
        assertThat(hit.heritageCountries()).isEmpty();
        assertThat(hit.sectors()).isEmpty();
        assertThat(names(ExpertQuery.all().withText("semences " + tag)))
                .as("bio text")
                .containsExactly("Hidden origins");
        assertThat(search.page(ExpertQuery.all().withText("semences " + tag), 0, 10)
                        .hits()
                        .getFirst()
                        .snippets())
                .as("no snippet from the hidden bio")
                .noneMatch(s -> s.contains("secrète"));
        var facets = search.facets(all);
        assertThat(facets.heritageCountries()).doesNotContainKey("BF");
        assertThat(facets.sectors()).doesNotContainKey("agriculture");
        var byHiddenHeritage =
                with(all, q -> QueryBuilder.query(q.text()).heritage("BF").build());
        assertThat(search.count(byHiddenHeritage)).isZero();

        // a member sees origins and bio, still not expertise (only me), and the members-only profile
        testUsers.signIn(testUsers.active("Member", Role.INSTITUTION_REP));
        assertThat(names(all)).containsExactlyInAnyOrder("Hidden origins", "Invisible");
        assertThat(search.count(byHiddenHeritage)).isEqualTo(1);
        assertThat(search.facets(all).sectors()).doesNotContainKey("agriculture");

        // the owner sees their own profile whole
        testUsers.signIn(owner);
        assertThat(names(all)).contains("Invisible");
    }

    @Test
    void hostileQueriesNeverFail() {
        for (var text : List.of(
                "title:foo AND (bar OR",
                "*",
                "?",
                "\"unclosed",
                "a~2 b^3 c\\",
                "<script>alert(1)</script>",
                "%s%n%x",
                "\u202Eevil",
                "x".repeat(100_000))) {
            search.page(ExpertQuery.all().withText(text), 0, 10).hits();
            search.facets(ExpertQuery.all().withText(text));
        }
    }

    @Test
    void sortByNameAndRecentActivity() {
        expert("Zoé Last", f -> {});
        expert("Adama First", f -> {});
        var byName = with(
                tagged(""),
                q -> QueryBuilder.query(q.text()).sort(ExpertQuery.Sort.NAME).build());
        assertThat(names(byName)).containsExactly("Adama First", "Zoé Last");
    }

    @Autowired
    SimilarExperts similarExperts;

    @Test
    void similarExpertsShareSectorsAndSkillsVisibly() {
        var skill = tag + "surgery";
        expert("Similar A", f -> f.setSkills(Set.of(skill, tag + "paediatrics")));
        expert("Similar B", f -> {
            f.setSectors(Set.of("justice"));
            f.setSkills(Set.of(skill));
        });
        expert("Similar hidden", f -> {
            f.setSectors(Set.of("justice"));
            f.setSkills(Set.of(skill));
            f.getVisibility().put(ProfileSection.EXPERTISE, Visibility.ONLY_ME);
        });
        var a = search.page(tagged(""), 0, 50).hits().stream()
                .filter(h -> h.name().equals("Similar A"))
                .findFirst()
                .orElseThrow();
        var similar = similarExperts.similarTo(a.id(), 5).stream()
                .map(SimilarExperts.Similar::name)
                .toList();
        assertThat(similar).containsExactly("Similar B");
    }

    private static ExpertQuery with(ExpertQuery query, UnaryOperator<ExpertQuery> change) {
        return change.apply(query);
    }
}
