package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;

/** Administrators add, rename, hide and show sectors. */
@Route("admin/sectors")
@Menu(title = "nav.admin.sectors", order = 105)
@RolesAllowed("ADMIN")
public class SectorAdminView extends VerticalLayout implements HasDynamicTitle {

    private final SectorService sectors;
    private final Grid<SectorInfo> grid = new Grid<>();

    public SectorAdminView(SectorService sectors) {
        this.sectors = sectors;
        setSizeFull();
        grid.setId("sectors-grid");
        grid.addColumn(SectorInfo::code).setHeader(getTranslation("sectors.code"));
        grid.addColumn(SectorInfo::nameEn)
                .setHeader(getTranslation("sectors.nameEn"))
                .setFlexGrow(2);
        grid.addColumn(SectorInfo::nameFr)
                .setHeader(getTranslation("sectors.nameFr"))
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.active() ? "sectors.active" : "sectors.hidden"))
                .setHeader(getTranslation("sectors.status"));
        grid.addItemClickListener(e -> new SectorDialog(sectors, e.getItem(), this::refresh).open());
        grid.setSizeFull();

        var add = new Button(getTranslation("sectors.add"), e -> new SectorDialog(sectors, null, this::refresh).open());
        add.setId("sectors-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("sectors.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(sectors.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sectors.title");
    }
}
