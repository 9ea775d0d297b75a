package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.directory.Qualification;

/** Degrees, licences and certifications, one row each; verified ones carry a badge until their facts change. */
class QualificationsField extends CustomField<List<Qualification>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Qualification> value = new ArrayList<>();

    QualificationsField() {
        setLabel(getTranslation("profile.qualifications"));
        setId("profile-qualifications");
        rows.setPadding(false);
        var add = new Button(getTranslation("profile.qualification.add"), VaadinIcon.PLUS.create(), e -> {
            value.add(new Qualification(null, Qualification.Kind.DEGREE, "", "", null, false));
            refresh();
            updateValue();
        });
        add.setId("profile-qualification-add");
        add(new VerticalLayout(rows, add));
    }

    private void refresh() {
        rows.removeAll();
        for (int i = 0; i < value.size(); i++) {
            rows.add(row(i));
        }
    }

    private HorizontalLayout row(int index) {
        var q = value.get(index);
        var kind = new Select<Qualification.Kind>();
        kind.setLabel(getTranslation("profile.qualification.kind"));
        kind.setItems(Qualification.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(q.kind());
        var title = limited("profile.qualification.title", 200, q.title());
        title.setRequiredIndicatorVisible(true);
        var issuer = limited("profile.qualification.issuer", 200, q.issuer());
        var year = new IntegerField(getTranslation("profile.qualification.year.label"));
        year.setMin(1950);
        year.setMax(2100);
        year.setValue(q.year());
        year.setWidth("7em");
        var yearMessage = getTranslation("profile.qualification.year");
        year.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(yearMessage)
                .setMaxErrorMessage(yearMessage)
                .setBadInputErrorMessage(yearMessage));
        Runnable changed = () -> {
            value.set(
                    index,
                    new Qualification(
                            q.id(), kind.getValue(), title.getValue(), issuer.getValue(), year.getValue(), false));
            title.setInvalid(title.getValue().isBlank());
            title.setErrorMessage(getTranslation("profile.qualification.title.required"));
            updateValue();
        };
        kind.addValueChangeListener(e -> changed.run());
        title.addValueChangeListener(e -> changed.run());
        issuer.addValueChangeListener(e -> changed.run());
        year.addValueChangeListener(e -> changed.run());
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            value.remove(index);
            refresh();
            updateValue();
        });
        remove.setAriaLabel(getTranslation("common.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(kind, title, issuer, year);
        if (q.verified()) {
            var badge = new Span(getTranslation("profile.qualification.verified"));
            badge.getElement().getThemeList().add("badge success");
            row.add(badge);
        }
        row.add(remove);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.addClassName("qualification-row");
        return row;
    }

    private TextField limited(String labelKey, int maxLength, String text) {
        var field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setI18n(
                new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("form.tooLong", maxLength)));
        field.setValue(text == null ? "" : text);
        return field;
    }

    @Override
    protected List<Qualification> generateModelValue() {
        return new ArrayList<>(value);
    }

    @Override
    protected void setPresentationValue(List<Qualification> newValue) {
        value.clear();
        if (newValue != null) {
            value.addAll(newValue);
        }
        refresh();
    }
}
