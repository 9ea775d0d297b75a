package org.passerelle.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new e-mail address, confirmed with the current password. */
public class EmailChange {

    @NotBlank(message = "{accounts.email.required}")
    @Size(max = 254, message = "{accounts.email.tooLong}")
    @Email(message = "{accounts.email.invalid}")
    private String newEmail = "";

    @NotBlank(message = "{accounts.password.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{accounts.password.length}")
    private String currentPassword = "";

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
