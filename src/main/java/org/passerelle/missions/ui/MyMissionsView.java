package org.passerelle.missions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionService;

/** The missions of the representative's institution, in every state, and the way to write a new one. */
@Route("institution/missions")
@Menu(title = "nav.myMissions", order = 21)
@RolesAllowed("INSTITUTION_REP")
public class MyMissionsView extends VerticalLayout implements HasDynamicTitle {

    public MyMissionsView(MissionService missions, ApplicationService applications) {
        setSizeFull();
        var create = new Button(
                getTranslation("mission.new"), e -> getUI().ifPresent(ui -> ui.navigate(MissionEditorView.class)));
        create.setId("mission-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<MissionDetails>();
        grid.setId("my-missions");
        grid.addComponentColumn(m -> new Anchor("mission/" + m.id(), m.title()))
                .setHeader(getTranslation("mission.title"))
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation(m.status().labelKey())).setHeader(getTranslation("mission.status"));
        grid.addColumn(m -> dates.format(m.startDate()) + " – " + dates.format(m.endDate()))
                .setHeader(getTranslation("mission.window"));
        var mine = missions.mine();
        grid.setItems(mine);
        grid.setSizeFull();
        add(new H1(getTranslation("nav.myMissions")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("mission.mine.none")));
        } else {
            var stats = applications.responseStats();
            add(new Paragraph(OwnerPanel.statsText(this, stats)));
        }
        add(create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myMissions");
    }
}
