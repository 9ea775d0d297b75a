package org.passerelle.matching.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityService;
import org.passerelle.matching.ForumQuery;
import org.passerelle.matching.ForumSearchService;

/** Search the forums: published posts and topic titles, with filters; matched words highlighted. */
@Route("forum/search")
@Menu(title = "nav.forumSearch", order = 7)
@PermitAll
public class ForumSearchView extends VerticalLayout implements HasDynamicTitle {

    private final ForumSearchService search;
    private final CurrentUser currentUser;
    private final TextField text = new TextField();
    private final Select<CommunityDetails> community = new Select<>();
    private final Select<String> state = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox titlesOnly = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private final ComboBox<CommunityService.Member> author = new ComboBox<>();
    private final CommunityService communities;
    private final Paragraph total = new Paragraph();
    private final VerticalLayout results = new VerticalLayout();

    public ForumSearchView(ForumSearchService search, CommunityService communities, CurrentUser currentUser) {
        this.search = search;
        this.communities = communities;
        this.currentUser = currentUser;
        setMaxWidth("70em");
        text.setId("forum-search-text");
        text.setLabel(getTranslation("forumSearch.text"));
        text.setMaxLength(200);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        community.setId("forum-search-community");
        community.setLabel(getTranslation("review.community"));
        community.setItems(communities.all());
        community.setItemLabelGenerator(c -> c == null ? getTranslation("log.all") : c.name(getLocale()));
        community.setEmptySelectionAllowed(true);
        community.setEmptySelectionCaption(getTranslation("log.all"));
        state.setId("forum-search-state");
        state.setLabel(getTranslation("forumSearch.state"));
        state.setItems("ANY", "OPEN", "CLOSED");
        state.setItemLabelGenerator(s -> getTranslation("forumSearch.state." + s));
        state.setValue("ANY");
        from.setLabel(getTranslation("forumSearch.from"));
        to.setLabel(getTranslation("forumSearch.to"));
        titlesOnly.setId("forum-search-titles");
        titlesOnly.setLabel(getTranslation("forumSearch.titlesOnly"));
        mine.setId("forum-search-mine");
        mine.setLabel(getTranslation("forumSearch.mine"));
        text.addValueChangeListener(e -> refresh());
        author.setId("forum-search-author");
        author.setLabel(getTranslation("forumSearch.author"));
        author.setItemLabelGenerator(CommunityService.Member::name);
        author.setClearButtonVisible(true);
        author.setEnabled(false);
        author.setHelperText(getTranslation("forumSearch.author.help"));
        author.addValueChangeListener(e -> refresh());
        community.addValueChangeListener(e -> {
            author.clear();
            author.setEnabled(e.getValue() != null);
            author.setItems(
                    e.getValue() == null
                            ? List.of()
                            : communities.members(e.getValue().id()));
            refresh();
        });
        state.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        titlesOnly.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(community, author, state, from, to, titlesOnly, mine);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        results.setPadding(false);
        results.setId("forum-search-results");
        total.setId("forum-search-total");
        add(new H1(getTranslation("nav.forumSearch")), text, filters, total, results);
    }

    private void refresh() {
        results.removeAll();
        var query = new ForumQuery(
                text.getValue(),
                community.getValue() == null ? null : community.getValue().id(),
                mine.getValue()
                        ? Long.valueOf(currentUser.require().id())
                        : author.getValue() == null ? null : author.getValue().userId(),
                from.getValue(),
                to.getValue(),
                switch (state.getValue()) {
                    case "OPEN" -> Boolean.FALSE;
                    case "CLOSED" -> Boolean.TRUE;
                    default -> null;
                },
                titlesOnly.getValue());
        var found = search.search(query, 0, 50);
        total.setText(getTranslation("forumSearch.total", found.total()));
        for (var hit : found.hits()) {
            var card = new Div();
            card.addClassName("result-card");
            card.add(new Anchor(
                    "topic/" + hit.topicId() + "#post-" + hit.number(), hit.topicTitle() + " #" + hit.number()));
            // escaped text with <mark> only, cleaned by the search
            hit.snippets().forEach(snippet -> card.add(new Html("<p class=\"snippet\">" + snippet + "</p>")));
            results.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.forumSearch");
    }
}
