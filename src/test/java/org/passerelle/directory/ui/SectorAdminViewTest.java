package org.passerelle.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.SectorInfo;

class SectorAdminViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<SectorInfo> grid() {
        return _get(Grid.class, spec -> spec.withId("sectors-grid"));
    }

    @Test
    void anAdminAddsASectorAndBadInputIsExplainedInFrench() {
        signIn(testUsers.active("Admin", Role.ADMIN));
        useLocale(Locale.FRENCH);
        navigate("admin/sectors");
        var before = GridKt._size(grid());

        _click(_get(Button.class, spec -> spec.withId("sectors-add")));
        var code = _get(TextField.class, spec -> spec.withId("sector-code"));
        type(code, "<b>Bad</b>");
        type(_get(TextField.class, spec -> spec.withId("sector-name-en")), "");
        _click(_get(Button.class, spec -> spec.withId("sector-save")));
        assertThat(code.getErrorMessage()).startsWith("Utilisez 2 à 40 lettres minuscules");
        assertThat(_get(TextField.class, spec -> spec.withId("sector-name-en")).getErrorMessage())
                .isEqualTo("Saisissez un nom.");

        type(code, "diaspora-" + System.nanoTime() % 100000);
        type(_get(TextField.class, spec -> spec.withId("sector-name-en")), "Diaspora affairs");
        type(_get(TextField.class, spec -> spec.withId("sector-name-fr")), "Affaires de la diaspora");
        _click(_get(Button.class, spec -> spec.withId("sector-save")));
        assertThat(GridKt._size(grid())).isEqualTo(before + 1);
    }
}
