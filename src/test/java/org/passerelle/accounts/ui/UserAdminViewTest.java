package org.passerelle.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.AccountStatus;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.UserSummary;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.passerelle.shared.ui.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    UserAccountRepository users;

    @SuppressWarnings("unchecked")
    private static Grid<UserSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    @Test
    void anAdminSearchesAUserAndChangesTheirRoles() {
        signIn(testUsers.active("Admin", Role.ADMIN));
        var target = testUsers.active("Kadiatou Searchable", Role.EXPERT);
        navigate("admin/users");
        assertThat(_get(H1.class).getText()).isEqualTo("Users");

        type(_get(TextField.class, spec -> spec.withId("users-search")), "kadiatou searchable");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).email()).isEqualTo(target.getEmail());

        GridKt._clickItem(grid(), 0);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        type(roles, Set.of(Role.EXPERT, Role.MODERATOR));
        _click(_get(Button.class, spec -> spec.withId("user-save-roles")));
        assertThat(users.findById(target.getId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.EXPERT, Role.MODERATOR);

        GridKt._clickItem(grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("user-toggle-disabled")));
        assertThat(users.findById(target.getId()).orElseThrow().getStatus()).isEqualTo(AccountStatus.DISABLED);
    }

    @Test
    void theListSpeaksFrench() {
        signIn(testUsers.active("Admin", Role.ADMIN));
        useLocale(Locale.FRENCH);
        navigate("admin/users");
        assertThat(_get(H1.class).getText()).isEqualTo("Utilisateurs");
        assertThat(grid().getColumns().get(0).getHeaderText()).isEqualTo("E-mail");
    }

    @Test
    void anExpertIsDenied() {
        signIn(testUsers.active("Expert", Role.EXPERT));
        navigate("admin/users");
        assertThat(_get(AccessDeniedView.class).getId()).hasValue("access-denied");
    }
}
