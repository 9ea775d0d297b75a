package org.passerelle.notifications.internal;

import java.util.Locale;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.accounts.AccountMail;
import org.passerelle.accounts.AccountMail.EmailChangeRequested;
import org.passerelle.accounts.AccountMail.EmailChanged;
import org.passerelle.accounts.AccountMail.EmailVerificationRequested;
import org.passerelle.accounts.AccountMail.PasswordChanged;
import org.passerelle.accounts.AccountMail.PasswordResetRequested;
import org.passerelle.accounts.AccountMail.RegistrationAttemptedOnExistingAccount;
import org.passerelle.shared.SupportedLanguages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders mails from the templates in the messages bundles ({@code mail.<template>.subject} and
 * {@code mail.<template>.body}), in the recipient's language, with a common greeting and signature.
 */
@Component
public class MailComposer {

    private final MessageSource messages;

    MailComposer(MessageSource messages) {
        this.messages = messages;
    }

    public ComposedMail compose(AccountMail event) {
        var language = SupportedLanguages.fromTag(event.language());
        return switch (event) {
            case EmailVerificationRequested e -> render(e, "verifyEmail", language, e.link());
            case RegistrationAttemptedOnExistingAccount e ->
                render(e, "existingAccount", language, e.loginLink(), e.resetLink());
            case PasswordResetRequested e -> render(e, "resetPassword", language, e.link());
            case PasswordChanged e -> render(e, "passwordChanged", language);
            case EmailChangeRequested e -> render(e, "changeEmail", language, e.link());
            case EmailChanged e -> render(e, "emailChanged", language, e.newEmail());
        };
    }

    /** A mail to a known contact from the template {@code mail.<template>.*} with these arguments. */
    public ComposedMail compose(AccountContacts.Contact contact, String template, Object... args) {
        return render(
                contact.email(), contact.displayName(), template, SupportedLanguages.fromTag(contact.language()), args);
    }

    /** A piece of text in the contact's language, to put inside a mail. */
    public String fragment(AccountContacts.Contact contact, String key, Object... args) {
        return messages.getMessage(key, args, SupportedLanguages.fromTag(contact.language()));
    }

    private ComposedMail render(AccountMail event, String template, Locale language, Object... args) {
        return render(event.recipient(), event.displayName(), template, language, args);
    }

    private ComposedMail render(String recipient, String name, String template, Locale language, Object... args) {
        var subject = messages.getMessage("mail." + template + ".subject", args, language);
        var body = messages.getMessage("mail.greeting", new Object[] {name}, language)
                + "\n\n"
                + messages.getMessage("mail." + template + ".body", args, language)
                + "\n\n"
                + messages.getMessage("mail.signature", null, language);
        return new ComposedMail(recipient, template, subject, body);
    }
}
