package org.passerelle.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A new password typed twice (password reset and password change). */
public class NewPassword {

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{accounts.password.length}")
    private String currentPassword = "";

    @NotNull(message = "{accounts.password.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{accounts.password.length}")
    @PasswordPolicy
    private String password = "";

    private String passwordConfirmation = "";

    @AssertTrue(message = "{accounts.password.mismatch}")
    public boolean isPasswordConfirmed() {
        return Objects.equals(password, passwordConfirmation);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
