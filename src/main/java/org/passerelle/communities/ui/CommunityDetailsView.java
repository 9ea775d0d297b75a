package org.passerelle.communities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.Membership;
import org.passerelle.communities.TopicForm;
import org.passerelle.communities.TopicSort;
import org.passerelle.communities.TopicSummary;
import org.passerelle.communities.WatchService;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/**
 * A community: what it is about, joining it, its topics (pinned first; by latest activity, newest or top) with the
 * reader's unread counts, starting a topic, and — for its moderators — the requests to join.
 */
@Route("community")
@PermitAll
public class CommunityDetailsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CommunityService communities;
    private final ForumService forum;
    private final Grid<TopicSummary> topics = new Grid<>();
    private final Select<TopicSort> sort = new Select<>();
    private long communityId;
    private String title = "";

    private final WatchService watches;

    public CommunityDetailsView(CommunityService communities, ForumService forum, WatchService watches) {
        this.watches = watches;
        this.communities = communities;
        this.forum = forum;
        setMaxWidth("80em");
        setId("community-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            var community = communities.get(id);
            communityId = id;
            show(community);
        } catch (RefusedException none) {
            throw new NotFoundException();
        }
    }

    private void show(CommunityDetails community) {
        removeAll();
        title = community.name(getLocale());
        var membership = communities.membership(community.id());
        add(new H1(title), new Paragraph(community.description(getLocale())));
        var status = new Span(getTranslation("community.membership." + membership.name()));
        status.setId("community-membership");
        status.getElement().getThemeList().add("badge");
        var bar = new HorizontalLayout(status);
        bar.setAlignItems(Alignment.BASELINE);
        if (membership == Membership.NONE) {
            var join = new Button(
                    getTranslation(community.openMembership() ? "community.join" : "community.requestToJoin"), e -> {
                        Attempt.run(() -> communities.join(community.id()));
                        show(communities.get(community.id()));
                    });
            join.setId("community-join");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(join);
        } else if (membership == Membership.MEMBER || membership == Membership.REQUESTED) {
            var leave = new Button(getTranslation("community.leave"), e -> {
                communities.leave(community.id());
                show(communities.get(community.id()));
            });
            leave.setId("community-leave");
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(leave);
        }
        bar.add(WatchSelect.of(
                this,
                "community-watch",
                watches.communityLevel(community.id()),
                level -> watches.watchCommunity(community.id(), level)));
        add(bar);
        if (membership == Membership.MODERATOR) {
            add(requests(community.id()));
        }
        sort.setId("topic-sort");
        sort.setLabel(getTranslation("topic.sort"));
        sort.setItems(TopicSort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        if (sort.getValue() == null) {
            sort.setValue(TopicSort.LATEST);
        }
        sort.addValueChangeListener(e -> refresh());
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        topics.removeAllColumns();
        topics.setId("topics");
        topics.setAllRowsVisible(true);
        topics.addComponentColumn(t -> {
                    var link = new Anchor("topic/" + t.id(), t.title());
                    var cell = new HorizontalLayout(link);
                    if (t.pinned()) {
                        var pin = VaadinIcon.PIN.create();
                        pin.getElement().setAttribute("aria-label", getTranslation("topic.pinned"));
                        cell.addComponentAsFirst(pin);
                    }
                    if (t.unread() > 0) {
                        var unread =
                                new Span(getTranslation(t.neverOpened() ? "topic.new" : "topic.unread", t.unread()));
                        unread.getElement().getThemeList().add("badge primary small");
                        cell.add(unread);
                    }
                    if (t.closed()) {
                        var closed = new Span(getTranslation("topic.closedBadge"));
                        closed.getElement().getThemeList().add("badge contrast small");
                        cell.add(closed);
                    }
                    return cell;
                })
                .setHeader(getTranslation("topic.title"))
                .setFlexGrow(4);
        topics.addColumn(t -> String.join(", ", t.tags())).setHeader(getTranslation("topic.tags"));
        topics.addColumn(TopicSummary::authorName).setHeader(getTranslation("topic.author"));
        topics.addColumn(TopicSummary::posts).setHeader(getTranslation("topic.posts"));
        topics.addColumn(TopicSummary::likes).setHeader(getTranslation("topic.likes"));
        topics.addColumn(t -> times.format(t.lastActivityAt())).setHeader(getTranslation("topic.activity"));
        add(new H2(getTranslation("topic.list")), sort, topics);
        refresh();
        if (membership.canPost()) {
            add(newTopic(community));
        }
    }

    private void refresh() {
        topics.setItems(forum.topics(communityId, sort.getValue(), 0, 100));
    }

    private VerticalLayout newTopic(CommunityDetails community) {
        var layout = new VerticalLayout(new H2(getTranslation("topic.new.title")));
        layout.setPadding(false);
        layout.setId("new-topic");
        var topicTitle = Fields.text(this, "topic.title", 200);
        topicTitle.setId("topic-title");
        topicTitle.setWidthFull();
        var tags = new MultiSelectComboBox<String>(getTranslation("topic.tags"));
        tags.setId("topic-tags");
        tags.setItems(community.tags());
        var composer = new Composer(forum, "topic", "topic.create", body -> {
            var form = new TopicForm();
            form.setTitle(topicTitle.getValue());
            form.setTags(new ArrayList<>(tags.getValue()));
            form.setBody(body);
            if (form.getTitle().strip().length() < 5) {
                topicTitle.setErrorMessage(getTranslation("topic.title.length"));
                topicTitle.setInvalid(true);
                return;
            }
            var created = new long[1];
            if (Attempt.run(() -> created[0] = forum.createTopic(community.id(), form))) {
                getUI().ifPresent(ui -> ui.navigate(TopicDetailsView.class, created[0]));
            }
        });
        layout.add(topicTitle, tags, composer);
        return layout;
    }

    private VerticalLayout requests(long id) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("join-requests");
        var pending = communities.requests(id);
        if (pending.isEmpty()) {
            return layout;
        }
        layout.add(new H2(getTranslation("community.requests")));
        for (var request : pending) {
            var admit = new Button(getTranslation("community.admit"), e -> {
                Attempt.run(() -> communities.decide(id, request.userId(), true));
                show(communities.get(id));
            });
            admit.setId("admit-" + request.userId());
            var refuse = new Button(getTranslation("community.refuse"), e -> {
                Attempt.run(() -> communities.decide(id, request.userId(), false));
                show(communities.get(id));
            });
            refuse.setId("refuse-" + request.userId());
            layout.add(new HorizontalLayout(new Span(request.name()), admit, refuse));
        }
        return layout;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
