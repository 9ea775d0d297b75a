package org.passerelle.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.function.Function;
import org.passerelle.accounts.TokenOutcome;

/** A page reached from a link in a mail: it redeems the token once and says what happened. */
abstract class TokenLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String keyPrefix;
    private final Function<String, TokenOutcome> redeem;

    TokenLinkView(String keyPrefix, Function<String, TokenOutcome> redeem) {
        this.keyPrefix = keyPrefix;
        this.redeem = redeem;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        var outcome = redeem.apply(token);
        removeAll();
        var done = outcome == TokenOutcome.DONE;
        add(new H1(getTranslation(keyPrefix + (done ? ".done.title" : ".invalid.title"))));
        add(Forms.message(
                keyPrefix.replace('.', '-') + "-outcome",
                getTranslation(keyPrefix + (done ? ".done.text" : ".invalid.text"))));
        add(new Anchor("login", getTranslation("nav.login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".title");
    }
}
