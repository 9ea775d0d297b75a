package org.passerelle.missions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.directory.Countries;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionReviewService;

/** Missions submitted for review, oldest first; each opens on its page, where it is published or sent back. */
@Route("admin/missions")
@Menu(title = "nav.admin.missions", order = 103)
@RolesAllowed("ADMIN")
public class MissionReviewView extends VerticalLayout implements HasDynamicTitle {

    public MissionReviewView(MissionReviewService review, Countries countries) {
        setSizeFull();
        var grid = new Grid<MissionDetails>();
        grid.setId("missions-to-review");
        grid.addComponentColumn(m -> new Anchor("mission/" + m.id(), m.title()))
                .setHeader(getTranslation("mission.title"))
                .setFlexGrow(3);
        grid.addColumn(MissionDetails::institutionName).setHeader(getTranslation("institution.name"));
        grid.addColumn(m -> countries.name(m.country(), getLocale())).setHeader(getTranslation("mission.country"));
        grid.setItems(review.submitted());
        grid.setSizeFull();
        add(new H1(getTranslation("nav.admin.missions")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.missions");
    }
}
