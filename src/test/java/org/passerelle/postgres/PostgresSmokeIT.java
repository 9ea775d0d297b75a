package org.passerelle.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.Qualification;
import org.passerelle.directory.internal.PhotoProcessorTest;
import org.passerelle.matching.ExpertHit;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same migrations, mappings and native queries on a real PostgreSQL 17 (embedded in the test JVM): a smoke test
 * that the production database works, until the whole suite runs on both (planned with the production footing).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestConfig.class)
class PostgresSmokeIT extends PostgresTest {

    @Autowired
    TestUsers testUsers;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ExpertSearchService search;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void profilesPhotosSkillsAndSearchWorkOnPostgres() throws Exception {
        var expert = testUsers.active("Postgres Expert", Role.EXPERT);
        testUsers.signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Épidémiologiste pgsmoke");
        form.setSkills(Set.of("surveillance", "vaccination"));
        form.setSectors(Set.of("health"));
        form.setLanguages(List.of(new LanguageSkill("ln", ProficiencyLevel.C1)));
        form.setQualifications(
                List.of(new Qualification(null, Qualification.Kind.DEGREE, "PhD Epidemiology", "LSHTM", 2012, false)));
        profiles.update(id, form);
        profiles.uploadMyPhoto(PhotoProcessorTest.image("png", 300, 300, BufferedImage.TYPE_INT_RGB));
        assertThat(profiles.photo(id)).isPresent();
        assertThat(profiles.suggestedSkills()).contains("surveillance");
        assertThat(search.page(ExpertQuery.all().withText("epidemiologiste pgsmoke"), 0, 10)
                        .hits())
                .extracting(ExpertHit::id)
                .contains(id);
        assertThat(new String(accounts.exportMyData())).contains("PhD Epidemiology");
        accounts.deleteMyAccount(TestUsers.PASSWORD);
        assertThat(search.count(ExpertQuery.all().withText("pgsmoke"))).isZero();
    }

    @Test
    void textWithNulCharactersIsStoredAndLookedUpWithoutThem() {
        // PostgreSQL refuses NUL in text; NulFreeText binds every string without it
        var expert = testUsers.active("Postgres Nul", Role.EXPERT);
        testUsers.signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Nul\u0000byte pgnul");
        profiles.update(id, form);
        assertThat(profiles.myProfile().getHeadline()).isEqualTo("Nulbyte pgnul");
        testUsers.signOut();
        accounts.requestPasswordReset(expert.getEmail() + "\u0000");
    }
}
