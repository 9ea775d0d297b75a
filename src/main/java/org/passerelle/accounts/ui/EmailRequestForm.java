package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.function.Consumer;

/**
 * A page that asks for an e-mail address and answers the same whatever it is (forgot password, resend the
 * verification link): nothing tells whether the address has an account.
 */
abstract class EmailRequestForm extends VerticalLayout {

    record Address(String value) {}

    EmailRequestForm(String idPrefix, String titleKey, String introKey, String doneKey, Consumer<String> action) {
        setMaxWidth("40em");
        var email = Forms.email(this, idPrefix + "-email", "login.email");
        var binder = new Binder<Address>();
        binder.forField(email)
                .asRequired(getTranslation("accounts.email.required"))
                .withValidator(new StringLengthValidator(getTranslation("accounts.email.tooLong"), 0, 254))
                .withValidator(new EmailValidator(getTranslation("accounts.email.invalid")))
                .bind(Address::value, null);
        var submit = new Button(getTranslation("forgot.submit"), e -> {
            if (binder.validate().isOk()) {
                action.accept(email.getValue());
                removeAll();
                add(new H1(getTranslation(titleKey)), Forms.message(idPrefix + "-done", getTranslation(doneKey)));
            }
        });
        submit.setId(idPrefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), email, submit);
    }
}
