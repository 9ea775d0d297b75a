package org.passerelle.institutions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.institutions.InstitutionDetails;
import org.passerelle.institutions.InstitutionIT;
import org.passerelle.institutions.InstitutionService;
import org.passerelle.institutions.InstitutionStatus;
import org.springframework.beans.factory.annotation.Autowired;

class InstitutionReviewViewTest extends KaribuTest {

    @Autowired
    InstitutionService institutions;

    @Test
    void anAdministratorRejectsOnlyWithAReason() {
        var rep = testUsers.active("Municipality rep", Role.INSTITUTION_REP);
        testUsers.signIn(rep);
        var name = "Commune de Kayes " + System.nanoTime();
        institutions.register(InstitutionIT.form(name));
        testUsers.signOut();

        signIn(testUsers.active("Admin", Role.ADMIN));
        navigate("admin/institutions");
        @SuppressWarnings("unchecked")
        Grid<InstitutionDetails> grid = _get(Grid.class, spec -> spec.withId("institutions-grid"));
        var row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).name().equals(name))
                .findFirst()
                .orElseThrow();
        var actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_find(actions, Button.class).get(1));

        _click(_get(Button.class, spec -> spec.withId("institution-reject-confirm")));
        var reason = _get(TextArea.class, spec -> spec.withId("institution-reject-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason, in at most 1,000 characters.");
        type(reason, "No official document yet.");
        _click(_get(Button.class, spec -> spec.withId("institution-reject-confirm")));

        testUsers.signIn(rep);
        assertThat(institutions.mine().orElseThrow().status()).isEqualTo(InstitutionStatus.REJECTED);
    }
}
