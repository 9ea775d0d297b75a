package org.passerelle.communities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.UserAdminService;
import org.passerelle.accounts.UserSummary;
import org.passerelle.communities.CommunityAdminService;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityForm;
import org.passerelle.communities.CommunityService;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/** Administrators create the sector communities and choose their moderators. */
@Route("admin/communities")
@Menu(title = "nav.admin.communities", order = 104)
@RolesAllowed("ADMIN")
public class CommunityAdminView extends VerticalLayout implements HasDynamicTitle {

    private final CommunityAdminService admin;
    private final CommunityService communities;
    private final SectorService sectors;
    private final UserAdminService users;
    private final Grid<CommunityDetails> grid = new Grid<>();

    public CommunityAdminView(
            CommunityAdminService admin, CommunityService communities, SectorService sectors, UserAdminService users) {
        this.admin = admin;
        this.communities = communities;
        this.sectors = sectors;
        this.users = users;
        setSizeFull();
        var create = new Button(
                getTranslation("community.create"), e -> createDialog().open());
        create.setId("community-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("communities-grid");
        grid.addComponentColumn(c -> new Anchor("community/" + c.id(), c.name(getLocale())))
                .setHeader(getTranslation("community.name"))
                .setFlexGrow(2);
        grid.addColumn(CommunityDetails::members).setHeader(getTranslation("community.members"));
        grid.addColumn(CommunityDetails::topics).setHeader(getTranslation("topic.list"));
        grid.addComponentColumn(c -> {
                    var button = new Button(
                            getTranslation("community.moderators"),
                            e -> moderatorsDialog(c).open());
                    button.setId("moderators-" + c.id());
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return button;
                })
                .setKey("moderators");
        grid.setSizeFull();
        add(new H1(getTranslation("nav.admin.communities")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(communities.all());
    }

    private Dialog createDialog() {
        var dialog = new Dialog(getTranslation("community.create"));
        dialog.setId("community-create-dialog");
        var taken = communities.all().stream().map(CommunityDetails::sectorCode).collect(Collectors.toSet());
        var sector = new Select<SectorInfo>();
        sector.setId("community-sector");
        sector.setLabel(getTranslation("mission.sectors"));
        sector.setItems(
                sectors.active().stream().filter(s -> !taken.contains(s.code())).toList());
        sector.setItemLabelGenerator(s -> s.name(getLocale()));
        var nameEn = Fields.text(dialog, "community.nameEn", 100);
        nameEn.setId("community-name-en");
        var nameFr = Fields.text(dialog, "community.nameFr", 100);
        nameFr.setId("community-name-fr");
        sector.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                nameEn.setValue(e.getValue().nameEn());
                nameFr.setValue(e.getValue().nameFr());
            }
        });
        var descriptionEn = Fields.area(dialog, "community.descriptionEn", 2000);
        var descriptionFr = Fields.area(dialog, "community.descriptionFr", 2000);
        var open = new Checkbox(getTranslation("community.openMembership"), true);
        var tags = Fields.text(dialog, "community.tags", 500);
        tags.setHelperText(getTranslation("community.tags.help"));
        var save = new Button(getTranslation("community.create"), e -> {
            var form = new CommunityForm();
            form.setSectorCode(
                    sector.getValue() == null ? null : sector.getValue().code());
            form.setNameEn(nameEn.getValue());
            form.setNameFr(nameFr.getValue());
            form.setDescriptionEn(descriptionEn.getValue());
            form.setDescriptionFr(descriptionFr.getValue());
            form.setOpenMembership(open.getValue());
            form.setTags(new ArrayList<>(List.of(tags.getValue().split(",")).stream()
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList()));
            if (form.getSectorCode() == null) {
                sector.setErrorMessage(getTranslation("community.sector.required"));
                sector.setInvalid(true);
                return;
            }
            if (Attempt.run(() -> admin.create(form))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("community-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(sector, nameEn, nameFr, descriptionEn, descriptionFr, open, tags));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog moderatorsDialog(CommunityDetails community) {
        var dialog = new Dialog(getTranslation("community.moderatorsOf", community.name(getLocale())));
        dialog.setId("moderators-dialog");
        var candidates = users.withRole(Role.MODERATOR);
        Map<Long, UserSummary> byId = candidates.stream().collect(Collectors.toMap(UserSummary::id, u -> u));
        var select = new MultiSelectComboBox<UserSummary>(getTranslation("community.moderators"));
        select.setId("moderators-select");
        select.setItems(candidates);
        select.setItemLabelGenerator(u -> u.displayName() + " <" + u.email() + ">");
        select.setHelperText(getTranslation("community.moderators.help"));
        select.setWidth("30em");
        var current = new HashSet<UserSummary>();
        admin.moderators(community.id()).forEach(id -> {
            if (byId.containsKey(id)) {
                current.add(byId.get(id));
            }
        });
        select.setValue(current);
        var save = new Button(getTranslation("common.save"), e -> {
            if (Attempt.run(() -> admin.setModerators(
                    community.id(),
                    select.getValue().stream().map(UserSummary::id).collect(Collectors.toSet())))) {
                dialog.close();
            }
        });
        save.setId("moderators-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(select);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.communities");
    }
}
