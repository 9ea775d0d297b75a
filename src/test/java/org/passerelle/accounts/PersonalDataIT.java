package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Download my data; delete my account (database and search index). */
@IntegrationTest
class PersonalDataIT {

    @Autowired
    AccountService accounts;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ExpertSearchService search;

    @Autowired
    UserAccountRepository users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    long expertWithPublicProfile(String marker) {
        var user = testUsers.active("Export Me", Role.EXPERT);
        testUsers.signIn(user);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Hydrologue " + marker);
        form.setSkills(Set.of("forages"));
        form.setLanguages(List.of(new LanguageSkill("wo", ProficiencyLevel.NATIVE)));
        for (var section : ProfileSection.values()) {
            form.getVisibility().put(section, Visibility.PUBLIC);
        }
        profiles.update(id, form);
        return user.getId();
    }

    @Test
    void theExportHoldsTheAccountAndTheProfileButNoPasswordHash() throws Exception {
        expertWithPublicProfile("export");
        var exported = accounts.exportMyData();
        var tree = json.readTree(exported);
        assertThat(tree.get("account").get("displayName").asString()).isEqualTo("Export Me");
        assertThat(tree.get("expertProfile").get("headline").asString()).isEqualTo("Hydrologue export");
        assertThat(tree.get("expertProfile")
                        .get("languages")
                        .get(0)
                        .get("language")
                        .asString())
                .isEqualTo("wo");
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .doesNotContain("argon2")
                .doesNotContainIgnoringCase("passwordHash");
    }

    @Test
    void deletingTheAccountRemovesItFromTheDatabaseAndTheIndex() {
        var marker = "zz" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        var userId = expertWithPublicProfile(marker);
        assertThat(search.count(ExpertQuery.all().withText(marker))).isEqualTo(1);

        assertThatThrownBy(() -> accounts.deleteMyAccount("wrong password")).isInstanceOf(WrongPasswordException.class);
        accounts.deleteMyAccount(TestUsers.PASSWORD);
        testUsers.signOut();

        assertThat(users.findById(userId)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from expert_profile where user_id = ?", Long.class, userId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from account_token where user_id = ?", Long.class, userId))
                .isZero();
        assertThat(search.count(ExpertQuery.all().withText(marker))).isZero();
    }
}
