package org.passerelle.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.passerelle.shared.ui.Fields;

/** Field makers shared by the list editors of the profile. */
final class Rows {

    private Rows() {}

    static TextField text(Component owner, String labelKey, int maxLength, String value) {
        var field = Fields.text(owner, labelKey, maxLength);
        field.setValue(value == null ? "" : value);
        return field;
    }

    static IntegerField year(Component owner, String labelKey, Integer value) {
        var year = new IntegerField(owner.getTranslation(labelKey));
        year.setMin(1950);
        year.setMax(2100);
        year.setValue(value);
        year.setWidth("7em");
        var message = owner.getTranslation("profile.qualification.year");
        year.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(message)
                .setMaxErrorMessage(message)
                .setBadInputErrorMessage(message));
        return year;
    }
}
