package org.passerelle.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.shared.SessionUser;

/** The public front page: what Passerelle is and for whom. */
@Route("")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
public class LandingView extends VerticalLayout implements HasDynamicTitle {

    public LandingView(SessionUser sessionUser) {
        addClassName("landing");
        var title = new H1(getTranslation("landing.title"));
        var lead = new Paragraph(getTranslation("landing.lead"));
        lead.addClassName("lead");

        var cards = new Div(
                card("landing.experts.title", "landing.experts.text"),
                card("landing.institutions.title", "landing.institutions.text"),
                card("landing.communities.title", "landing.communities.text"));
        cards.addClassName("cards");

        add(title, lead, cards, new Paragraph(getTranslation("landing.how")));
        var find = new Anchor("directory", getTranslation("landing.find"));
        find.addClassName("cta");
        find.setId("landing-find");
        var actions = new Div(find);
        actions.addClassName("landing-actions");
        if (sessionUser.displayName().isEmpty()) {
            var join = new Anchor("register", getTranslation("landing.join"));
            join.addClassName("cta");
            join.addClassName("secondary");
            join.setId("landing-join");
            actions.add(join);
        }
        add(actions);
    }

    private Div card(String titleKey, String textKey) {
        var card = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
