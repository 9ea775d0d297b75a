package org.passerelle.missions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.missions.ApplicationDetails;
import org.passerelle.missions.ApplicationService;

/** The expert's applications and invitations, newest first. */
@Route("applications")
@Menu(title = "nav.applications", order = 12)
@RolesAllowed("EXPERT")
public class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    public MyApplicationsView(ApplicationService applications) {
        setSizeFull();
        add(new H1(getTranslation("nav.applications")));
        var mine = applications.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("application.mine.none")));
        }
        var grid = new Grid<ApplicationDetails>();
        grid.setId("my-applications");
        grid.addComponentColumn(a -> new Anchor("mission/" + a.missionId(), a.missionTitle()))
                .setHeader(getTranslation("mission.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.invited() ? "application.byInvitation" : "application.byApplication"))
                .setHeader(getTranslation("application.origin"));
        grid.addColumn(a -> getTranslation(a.status().labelKey())).setHeader(getTranslation("application.status"));
        grid.setItems(mine);
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.applications");
    }
}
