package org.passerelle.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;

/** What a visitor fills in to register. Validated in the form and again by {@link AccountService}. */
public class Registration {

    @NotBlank(message = "{accounts.name.required}")
    @Size(max = 100, message = "{accounts.name.tooLong}")
    private String displayName = "";

    @NotBlank(message = "{accounts.email.required}")
    @Size(max = 254, message = "{accounts.email.tooLong}")
    @Email(message = "{accounts.email.invalid}")
    private String email = "";

    @NotNull(message = "{accounts.password.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{accounts.password.length}")
    @PasswordPolicy
    private String password = "";

    private String passwordConfirmation = "";

    @NotNull(message = "{accounts.language.required}")
    private Locale language = Locale.ENGLISH;

    @NotNull(message = "{accounts.role.required}")
    private Role requestedRole = Role.EXPERT;

    @AssertTrue(message = "{accounts.password.mismatch}")
    public boolean isPasswordConfirmed() {
        return Objects.equals(password, passwordConfirmation);
    }

    @AssertTrue(message = "{accounts.role.notSelfService}")
    public boolean isRoleSelfService() {
        return requestedRole == null || requestedRole.selfService();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public Locale getLanguage() {
        return language;
    }

    public void setLanguage(Locale language) {
        this.language = language;
    }

    public Role getRequestedRole() {
        return requestedRole;
    }

    public void setRequestedRole(Role requestedRole) {
        this.requestedRole = requestedRole;
    }
}
