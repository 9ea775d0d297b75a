package org.passerelle.matching.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorService;
import org.passerelle.matching.AlertFrequency;
import org.passerelle.matching.MissionAlertService;
import org.passerelle.matching.MissionsForYouService;
import org.passerelle.shared.ui.Attempt;

/** Published missions that fit the expert's profile, best first, each with why. */
@Route("missions/for-you")
@Menu(title = "nav.forYou", order = 11)
@RolesAllowed("EXPERT")
public class MissionsForYouView extends VerticalLayout implements HasDynamicTitle {

    public MissionsForYouView(
            MissionsForYouService forYou,
            MissionAlertService alerts,
            Countries countries,
            Languages languages,
            SectorService sectors) {
        setMaxWidth("70em");
        setId("missions-for-you");
        var frequency = new Select<AlertFrequency>();
        frequency.setId("alert-frequency");
        frequency.setLabel(getTranslation("alert.frequency"));
        frequency.setItems(AlertFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        frequency.setValue(alerts.myFrequency());
        frequency.addValueChangeListener(e -> {
            alerts.setMyFrequency(e.getValue());
            Attempt.done("alert.saved");
        });
        frequency.setWidth("25em");
        add(new H1(getTranslation("nav.forYou")), new Paragraph(getTranslation("forYou.intro")), frequency);
        var matches = forYou.forMe(20);
        if (matches.isEmpty()) {
            add(new Paragraph(getTranslation("forYou.none")));
        }
        var names = Explanation.Names.of(sectors, countries, languages, getLocale());
        matches.forEach(m -> add(new MissionCard(m.mission(), countries, List.of(), m.explanation(), names)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.forYou");
    }
}
