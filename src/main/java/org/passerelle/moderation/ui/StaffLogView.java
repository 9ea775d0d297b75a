package org.passerelle.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityService;
import org.passerelle.moderation.StaffActionType;
import org.passerelle.moderation.StaffLogEntry;
import org.passerelle.moderation.StaffLogService;

/** The staff action log, filterable by community, action and who acted. */
@Route("moderation/log")
@Menu(title = "nav.staffLog", order = 96)
@RolesAllowed({"MODERATOR", "ADMIN"})
public class StaffLogView extends VerticalLayout implements HasDynamicTitle {

    private final StaffLogService log;
    private final Grid<StaffLogEntry> grid = new Grid<>();
    private final Select<CommunityDetails> community = new Select<>();
    private final Select<StaffActionType> action = new Select<>();
    private final TextField actor = new TextField();

    public StaffLogView(StaffLogService log, CommunityService communities) {
        this.log = log;
        setSizeFull();
        var all = communities.all();
        Map<Long, String> names =
                all.stream().collect(Collectors.toMap(CommunityDetails::id, c -> c.name(getLocale())));
        community.setId("log-community");
        community.setLabel(getTranslation("review.community"));
        community.setItems(all);
        community.setItemLabelGenerator(c -> c == null ? getTranslation("log.all") : c.name(getLocale()));
        community.setEmptySelectionAllowed(true);
        community.setEmptySelectionCaption(getTranslation("log.all"));
        action.setId("log-action");
        action.setLabel(getTranslation("log.action"));
        action.setItems(StaffActionType.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("log.all") : getTranslation(a.labelKey()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("log.all"));
        actor.setId("log-actor");
        actor.setLabel(getTranslation("log.actor"));
        actor.setMaxLength(100);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        community.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("staff-log");
        grid.addColumn(e -> times.format(e.at()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("history.platform") : e.actorName())
                .setHeader(getTranslation("history.who"));
        grid.addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("history.what"));
        grid.addColumn(e -> e.communityId() == null ? "" : names.getOrDefault(e.communityId(), ""))
                .setHeader(getTranslation("review.community"));
        grid.addColumn(e -> e.targetName() == null ? "" : e.targetName()).setHeader(getTranslation("log.target"));
        grid.addColumn(StaffLogEntry::reason)
                .setHeader(getTranslation("history.why"))
                .setFlexGrow(2);
        grid.setSizeFull();
        var messages = new Anchor("staff-messages", getTranslation("staffMessage.title"));
        messages.setId("log-staff-messages");
        add(new H1(getTranslation("nav.staffLog")), messages, new HorizontalLayout(community, action, actor), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(log.latest(
                community.getValue() == null ? null : community.getValue().id(),
                action.getValue(),
                actor.getValue(),
                500));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staffLog");
    }
}
