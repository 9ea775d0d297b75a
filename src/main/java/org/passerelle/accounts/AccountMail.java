package org.passerelle.accounts;

/**
 * Events of the accounts module that call for an e-mail to the person concerned. The notifications module turns
 * each into a mail in the recipient's language.
 */
public sealed interface AccountMail
        permits AccountMail.EmailVerificationRequested,
                AccountMail.RegistrationAttemptedOnExistingAccount,
                AccountMail.PasswordResetRequested,
                AccountMail.PasswordChanged,
                AccountMail.EmailChangeRequested,
                AccountMail.EmailChanged {

    /** The address the mail goes to. */
    String recipient();

    String displayName();

    /** Language tag of the recipient's preferred language. */
    String language();

    record EmailVerificationRequested(String recipient, String displayName, String language, String link)
            implements AccountMail {}

    record RegistrationAttemptedOnExistingAccount(
            String recipient, String displayName, String language, String loginLink, String resetLink)
            implements AccountMail {}

    record PasswordResetRequested(String recipient, String displayName, String language, String link)
            implements AccountMail {}

    record PasswordChanged(String recipient, String displayName, String language) implements AccountMail {}

    record EmailChangeRequested(String recipient, String displayName, String language, String link)
            implements AccountMail {}

    record EmailChanged(String recipient, String displayName, String language, String newEmail)
            implements AccountMail {}
}
