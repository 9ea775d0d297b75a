package org.passerelle.communities.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/**
 * Writing a post: Markdown in a text area, a preview rendered and sanitised by the server exactly as the post will
 * be, and a button that sends it. The text stays in the box when the server refuses it.
 */
class Composer extends VerticalLayout {

    private final TextArea body;
    private final Div preview = new Div();

    Composer(ForumService forum, String idPrefix, String sendKey, Consumer<String> send) {
        setPadding(false);
        setId(idPrefix + "-composer");
        body = Fields.area(this, "post.body", PostForm.MAX_LENGTH);
        body.setId(idPrefix + "-body");
        body.setWidthFull();
        body.setMinHeight("8em");
        body.setHelperText(getTranslation("post.body.help"));
        preview.setId(idPrefix + "-preview");
        preview.addClassName("markdown-preview");
        preview.setVisible(false);
        var showPreview = new Button(getTranslation("post.preview"), e -> {
            if (Attempt.run(() -> {
                preview.removeAll();
                // sanitised by the server, as the stored post will be
                preview.add(new Html("<div>" + forum.preview(body.getValue()) + "</div>"));
            })) {
                preview.setVisible(true);
            }
        });
        showPreview.setId(idPrefix + "-show-preview");
        showPreview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var submit = new Button(getTranslation(sendKey), e -> {
            if (body.getValue().isBlank()) {
                body.setErrorMessage(getTranslation("post.body.required"));
                body.setInvalid(true);
                return;
            }
            send.accept(body.getValue());
        });
        submit.setId(idPrefix + "-send");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(body, new HorizontalLayout(submit, showPreview), preview);
    }

    String text() {
        return body.getValue();
    }

    void setText(String text) {
        body.setValue(text);
    }

    void clear() {
        body.clear();
        preview.removeAll();
        preview.setVisible(false);
    }

    void focus() {
        body.focus();
    }
}
