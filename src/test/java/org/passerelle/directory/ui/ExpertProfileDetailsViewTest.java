package org.passerelle.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.shared.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class ExpertProfileDetailsViewTest extends KaribuTest {

    @Autowired
    ExpertProfileService profiles;

    long profile(Visibility identity, Visibility origins) {
        var expert = testUsers.active("Mariam <i>Touré</i>", Role.EXPERT);
        testUsers.signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Ingénieure en télécommunications");
        form.setHeritageCountries(Set.of("GN"));
        form.getVisibility().put(ProfileSection.IDENTITY, identity);
        form.getVisibility().put(ProfileSection.ORIGINS, origins);
        profiles.update(id, form);
        testUsers.signOut();
        return id;
    }

    @Test
    void aVisitorSeesPublicSectionsAsPlainText() {
        var id = profile(Visibility.PUBLIC, Visibility.PUBLIC);
        navigate("experts/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Mariam <i>Touré</i>");
        assertThat(_get(Paragraph.class, spec -> spec.withId("expert-heritage")).getText())
                .isEqualTo("Heritage countries: Guinea");
    }

    @Test
    void hiddenSectionsAreLeftOutAndAHiddenProfileLooksLikeAMissingOne() {
        var id = profile(Visibility.PUBLIC, Visibility.MEMBERS);
        navigate("experts/" + id);
        _assertNone(Paragraph.class, spec -> spec.withId("expert-heritage"));

        var hidden = profile(Visibility.MEMBERS, Visibility.MEMBERS);
        navigate("experts/" + hidden);
        assertThat(_get(NotFoundView.class).getId()).hasValue("not-found");
        navigate("experts/999999999");
        assertThat(_get(NotFoundView.class).getId()).hasValue("not-found");

        signIn(testUsers.active("Member", Role.INSTITUTION_REP));
        navigate("experts/" + hidden);
        assertThat(_get(Paragraph.class, spec -> spec.withId("expert-heritage")).getText())
                .contains("Guinea");
    }
}
