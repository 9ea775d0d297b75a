package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Registration;
import org.passerelle.accounts.Role;
import org.passerelle.shared.SupportedLanguages;
import org.passerelle.shared.ui.Fields;

/** Self-registration. The answer is the same whether or not the address already has an account. */
@Route("register")
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Registration registration = new Registration();
    private final BeanValidationBinder<Registration> binder = Fields.binder(Registration.class);

    public RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("40em");
        var name = Forms.text(this, "register-name", "register.name", 100);
        var email = Forms.email(this, "register-email", "register.email");
        var password = Forms.password(this, "register-password", "register.password");
        Forms.passwordHelp(password);
        var confirmation = Forms.password(this, "register-password-confirmation", "register.passwordConfirmation");
        var language = new Select<Locale>();
        language.setId("register-language");
        language.setLabel(getTranslation("register.language"));
        language.setItems(SupportedLanguages.ALL);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        var role = new RadioButtonGroup<Role>(getTranslation("register.role"));
        role.setId("register-role");
        role.setItems(Role.EXPERT, Role.INSTITUTION_REP);
        role.setItemLabelGenerator(r -> getTranslation("register.role." + r.name()));

        binder.forField(name).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(password).bind("password");
        Forms.bindConfirmation(
                binder,
                confirmation,
                password,
                Registration::getPasswordConfirmation,
                Registration::setPasswordConfirmation);
        binder.forField(language).bind("language");
        binder.forField(role).bind("requestedRole");
        registration.setLanguage(SupportedLanguages.closest(getLocale()));
        binder.setBean(registration);

        var submit = new Button(getTranslation("register.submit"), e -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, email, password, confirmation, language, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("register.title")), form, submit);
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        accounts.register(registration);
        removeAll();
        add(new H1(getTranslation("register.done.title")));
        add(Forms.message("register-done", getTranslation("register.done.text", registration.getEmail())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
