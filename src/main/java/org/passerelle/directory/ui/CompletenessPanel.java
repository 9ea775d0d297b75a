package org.passerelle.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.passerelle.directory.ProfileCompleteness;

/** How complete the profile is, and the next steps to make it findable. */
class CompletenessPanel extends Div {

    CompletenessPanel() {
        setId("profile-completeness");
        addClassName("completeness");
    }

    void show(ProfileCompleteness completeness) {
        removeAll();
        var bar = new ProgressBar(0, 100, completeness.percent());
        bar.getElement().setAttribute("aria-label", getTranslation("profile.completeness", completeness.percent()));
        var text = new Paragraph(getTranslation("profile.completeness", completeness.percent()));
        text.setId("profile-completeness-text");
        add(text, bar);
        if (!completeness.nextSteps().isEmpty()) {
            var steps = new UnorderedList();
            steps.setId("profile-next-steps");
            completeness.nextSteps().forEach(key -> steps.add(new ListItem(getTranslation(key))));
            add(steps);
        }
    }
}
