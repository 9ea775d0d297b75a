package org.passerelle.communities.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.passerelle.communities.CommunityService;

/** The sector communities, with their members and topics. */
@Route("communities")
@Menu(title = "nav.communities", order = 6)
@PermitAll
public class CommunitiesView extends VerticalLayout implements HasDynamicTitle {

    public CommunitiesView(CommunityService communities) {
        setMaxWidth("70em");
        add(new H1(getTranslation("nav.communities")));
        for (var community : communities.all()) {
            var card = new Div();
            card.addClassName("result-card");
            card.setId("community-card-" + community.id());
            card.add(
                    new H3(new Anchor("community/" + community.id(), community.name(getLocale()))),
                    new Paragraph(community.description(getLocale())),
                    new Paragraph(getTranslation("community.counts", community.members(), community.topics())));
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.communities");
    }
}
