package org.passerelle.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.Experience;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileLink;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Qualification;
import org.passerelle.directory.Visibility;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile text in every text field of a profile is saved as it is, shown as text (never as markup) on the profile
 * page, and never breaks the page or the search.
 */
class HostileProfileInputTest extends KaribuTest {

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ExpertSearchService search;

    static String fit(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('x')</script>",
                "<img src=x onerror=alert(1)>",
                "\"><svg onload=alert(1)>",
                "'; drop table expert_profile; --",
                "%s %n %x {0} ${jndi:ldap://x}",
                "\u202Eevil\u202C Ṱ̺̺̕o͞ 🧑🏾‍⚕️ مرحبا 漢字",
                "title:foo AND (bar OR *",
                "\u0000\u0007 control"
            })
    void everyFieldKeepsHostileTextAsText(String hostile) {
        var expert = testUsers.active("Hostile", Role.EXPERT);
        signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        var text = hostile.replace("\u0000", "");
        form.setDisplayName(fit(text, 100));
        form.setHeadline(fit(text, 160));
        form.setResidenceCity(fit(text, 100));
        form.setSkills(Set.of(fit(text, 60)));
        form.setSkillsText(text);
        form.setBio(text + "\n\n" + "x".repeat(5000));
        form.setGender(fit(text, 60));
        form.setQualifications(List.of(new Qualification(
                null, Qualification.Kind.CERTIFICATION, fit(text, 200), fit(text, 200), 2020, false)));
        form.setExperience(List.of(new Experience(fit(text, 150), fit(text, 150), null, 2001, 2002, text)));
        form.setLinks(List.of(new ProfileLink(ProfileLink.Kind.WEBSITE, fit(text, 200), "https://example.org/x")));
        for (var section : ProfileSection.values()) {
            form.getVisibility().put(section, Visibility.PUBLIC);
        }
        profiles.update(id, form);

        navigate("experts/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo(fit(text, 100));
        assertThat(_get(Paragraph.class, spec -> spec.withId("expert-headline")).getText())
                .isEqualTo(fit(text, 160));
        var bio = _get(Div.class, spec -> spec.withId("expert-bio"));
        var html = bio.getElement().getChild(0).getOuterHTML();
        // parsed, as a browser would: no executable element or attribute, whatever the text says
        assertThat(Jsoup.parse(html).select("script, img, svg, iframe, [onerror], [onload]"))
                .isEmpty();

        search.page(ExpertQuery.all().withText(text), 0, 20);
        search.facets(ExpertQuery.all().withText(text));
    }
}
