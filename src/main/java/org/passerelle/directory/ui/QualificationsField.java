package org.passerelle.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.directory.Qualification;

/** Degrees, licences and certifications; verified ones carry a badge until their facts change. */
class QualificationsField extends ListField<Qualification> {

    QualificationsField() {
        super(
                "profile-qualifications",
                "profile.qualifications",
                "profile.qualification.add",
                () -> new Qualification(null, Qualification.Kind.DEGREE, "", "", null, false));
    }

    @Override
    List<Component> editors(Qualification q, Consumer<Qualification> update) {
        var kind = new Select<Qualification.Kind>();
        kind.setLabel(getTranslation("profile.qualification.kind"));
        kind.setItems(Qualification.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(q.kind());
        var title = Rows.text(this, "profile.qualification.title", 200, q.title());
        title.setRequiredIndicatorVisible(true);
        var issuer = Rows.text(this, "profile.qualification.issuer", 200, q.issuer());
        var year = Rows.year(this, "profile.qualification.year.label", q.year());
        Runnable changed = () -> {
            title.setErrorMessage(getTranslation("profile.qualification.title.required"));
            title.setInvalid(title.getValue().isBlank());
            update.accept(new Qualification(
                    q.id(), kind.getValue(), title.getValue(), issuer.getValue(), year.getValue(), false));
        };
        kind.addValueChangeListener(e -> changed.run());
        title.addValueChangeListener(e -> changed.run());
        issuer.addValueChangeListener(e -> changed.run());
        year.addValueChangeListener(e -> changed.run());
        var editors = new ArrayList<Component>(List.of(kind, title, issuer, year));
        if (q.verified()) {
            var badge = new Span(getTranslation("profile.qualification.verified"));
            badge.getElement().getThemeList().add("badge success");
            editors.add(badge);
        }
        return editors;
    }
}
