package org.passerelle.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Common body of the error views: a title, an explanation and a way home. */
class ErrorContent extends VerticalLayout {

    ErrorContent(String id, String titleKey, String textKey) {
        setId(id);
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        add(new Anchor("", getTranslation("error.home")));
    }
}
