package org.passerelle.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.Objects;
import org.passerelle.accounts.PasswordPolicy;
import org.passerelle.shared.ui.Fields;

/** Small helpers shared by the account forms: fields with ids and limits, and form-level messages. */
final class Forms {

    private Forms() {}

    static TextField text(Component owner, String id, String labelKey, int maxLength) {
        var field = Fields.text(owner, labelKey, maxLength);
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    static EmailField email(Component owner, String id, String labelKey) {
        var field = new EmailField(owner.getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(254);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setMaxLengthErrorMessage(Fields.tooLong(owner, 254))
                .setPatternErrorMessage(owner.getTranslation("accounts.email.invalid")));
        field.setWidthFull();
        return field;
    }

    static PasswordField password(Component owner, String id, String labelKey) {
        var field = new PasswordField(owner.getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setI18n(new PasswordField.PasswordFieldI18n()
                .setMaxLengthErrorMessage(Fields.tooLong(owner, PasswordPolicy.MAX_LENGTH)));
        field.setWidthFull();
        return field;
    }

    /** Hint under a new-password field. */
    static void passwordHelp(PasswordField field) {
        field.setHelperText(field.getTranslation("accounts.password.help", PasswordPolicy.MIN_LENGTH));
    }

    /** Binds a confirmation field that must repeat the password field. */
    static <T> void bindConfirmation(
            BeanValidationBinder<T> binder,
            PasswordField confirmation,
            PasswordField password,
            ValueProvider<T, String> getter,
            Setter<T, String> setter) {
        binder.forField(confirmation)
                .withValidator(
                        value -> Objects.equals(value, password.getValue()),
                        confirmation.getTranslation("accounts.password.mismatch"))
                .bind(getter, setter);
        password.addValueChangeListener(e -> {
            if (!confirmation.isEmpty()) {
                binder.validate();
            }
        });
    }

    static Paragraph message(String id, String text) {
        var paragraph = new Paragraph(text);
        paragraph.setId(id);
        paragraph.addClassName("form-message");
        return paragraph;
    }
}
