package org.passerelle.institutions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;

class MyInstitutionViewTest extends KaribuTest {

    @Test
    void aRepresentativeRegistersInFrenchAfterFixingBadInput() {
        signIn(testUsers.active("Représentant", Role.INSTITUTION_REP));
        useLocale(Locale.FRENCH);
        navigate("institution");
        var name = _get(TextField.class, spec -> spec.withId("institution-name"));
        var domain = _get(TextField.class, spec -> spec.withId("institution-domain"));
        type(domain, "not a domain");
        _click(_get(Button.class, spec -> spec.withId("institution-save")));
        assertThat(name.getErrorMessage()).isEqualTo("Saisissez le nom de l’institution.");
        assertThat(domain.getErrorMessage()).isEqualTo("Saisissez un domaine comme sante.gouv.ml.");

        type(name, "Ministère de la Santé <b>" + System.nanoTime() + "</b>");
        type(domain, "sante.gouv.ml");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("institution-country"));
        country.setValue("ML");
        _click(_get(Button.class, spec -> spec.withId("institution-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("institution-status"))
                        .getText())
                .isEqualTo("En attente de vérification par un administrateur.");
    }
}
