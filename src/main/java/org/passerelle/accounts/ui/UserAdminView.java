package org.passerelle.accounts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.passerelle.accounts.UserAdminService;
import org.passerelle.accounts.UserSummary;

/** Administrators list and search users, and open one to change roles or disable the account. */
@Route("admin/users")
@Menu(title = "nav.admin.users", order = 100)
@RolesAllowed("ADMIN")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService admin;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public UserAdminView(UserAdminService admin) {
        this.admin = admin;
        setSizeFull();
        search.setId("users-search");
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setMaxLength(200);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("users-grid");
        grid.addColumn(UserSummary::email)
                .setHeader(getTranslation("admin.users.email"))
                .setAutoWidth(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("admin.users.name"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream()
                        .map(r -> getTranslation(r.labelKey()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.users.roles"));
        grid.addColumn(u -> getTranslation(u.status().labelKey())).setHeader(getTranslation("admin.users.status"));
        grid.addColumn(u -> dates.format(u.createdAt())).setHeader(getTranslation("admin.users.created"));
        grid.addColumn(u -> u.lastLoginAt() == null ? "" : dates.format(u.lastLoginAt()))
                .setHeader(getTranslation("admin.users.lastLogin"));
        grid.setItems(
                query -> admin.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) admin.count(search.getValue()));
        grid.addItemClickListener(e -> new UserEditDialog(
                        admin, e.getItem(), updated -> grid.getDataProvider().refreshAll())
                .open());
        grid.setSizeFull();
        add(new H1(getTranslation("admin.users.title")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
