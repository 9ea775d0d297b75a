package org.passerelle.missions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.matching.MissionQuery;
import org.passerelle.matching.MissionSearchService;
import org.passerelle.missions.ApplicationForm;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.MissionDiscussionService;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.missions.MissionService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile text in the terms of reference, an application and a discussion message is kept as text, rendered without
 * anything executable, and never breaks the mission page, the board search or the candidates ranking.
 */
class HostileMissionInputTest extends KaribuTest {

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    MissionService missions;

    @Autowired
    ApplicationService applications;

    @Autowired
    MissionDiscussionService discussion;

    @Autowired
    MissionSearchService board;

    @Autowired
    ExpertProfileService profiles;

    static String fit(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** No element or attribute that could run a script, after parsing as a browser would. */
    static void inert(String html) {
        var document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, iframe, object, embed, svg, img[onerror]"))
                .isEmpty();
        document.getAllElements()
                .forEach(element -> element.attributes().forEach(attribute -> {
                    assertThat(attribute.getKey()).doesNotStartWith("on");
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).doesNotContain("javascript:");
                }));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('x')</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "\"><svg onload=alert(1)>",
                "'; drop table mission; --",
                "%s %n {0} ${jndi:ldap://x}",
                "\u202Eevil\u202C Ṱ̺̺̕o͞ 🧑🏾‍⚕️ مرحبا 漢字",
                "title:foo AND (bar OR * ~ ^2 \"",
                "\u0007 control"
            })
    void hostileTextStaysText(String hostile) {
        var rep = fixtures.representative("Hostile rep", true);
        var form = MissionFixtures.form(fit(hostile, 160));
        form.setSummary(fit(hostile, 1000));
        form.setObjectives(hostile + "\n\n- " + hostile);
        form.setDeliverables(hostile);
        form.setCity(fit(hostile, 100));
        form.setSkills(new LinkedHashSet<>(List.of(fit(hostile, 60))));
        var mission = fixtures.published(rep, form);

        var expert = testUsers.active("Hostile expert", Role.EXPERT);
        testUsers.signIn(expert);
        profiles.myProfileId();
        var application = applications.apply(mission.id(), new ApplicationForm(hostile, fit(hostile, 500)));
        testUsers.signIn(rep);
        applications.select(application.id(), application.version());
        discussion.post(mission.id(), hostile);

        signIn(rep);
        navigate("mission/" + mission.id());
        assertThat(_get(H1.class).getText()).isEqualTo(fit(hostile, 160));
        assertThat(_get(Paragraph.class, spec -> spec.withId("mission-summary-text"))
                        .getText())
                .isEqualTo(fit(hostile, 1000));
        inert(_get(Div.class, spec -> spec.withId("mission-objectives-text"))
                .getElement()
                .getChild(0)
                .getOuterHTML());
        inert(_get(Div.class, spec -> spec.withId("mission-deliverables-text"))
                .getElement()
                .getChild(0)
                .getOuterHTML());
        _find(Div.class, spec -> spec.withClasses("message-body"))
                .forEach(body -> inert(body.getElement().getChild(0).getOuterHTML()));

        navigate("candidates/" + mission.id());
        testUsers.signOut();
        var results = board.search(MissionQuery.all().withText(hostile), 0, 10);
        results.hits().forEach(hit -> hit.snippets().forEach(HostileMissionInputTest::inert));
    }
}
