package org.passerelle.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;

class LandingViewTest extends KaribuTest {

    @Test
    void explainsPasserelleInEnglish() {
        navigate("");
        assertThat(_get(H1.class).getText()).startsWith("Passerelle — put diaspora expertise to work");
        assertThat(_get(LandingView.class).getChildren()).isNotEmpty();
        assertThat(_get(H2.class, spec -> spec.withText("For institutions"))).isNotNull();
    }

    @Test
    void explainsPasserelleInFrench() {
        useLocale(Locale.FRENCH);
        navigate("");
        assertThat(_get(H1.class).getText()).startsWith("Passerelle — mettre l’expertise de la diaspora");
        assertThat(_get(H2.class, spec -> spec.withText("Pour les institutions")))
                .isNotNull();
    }
}
