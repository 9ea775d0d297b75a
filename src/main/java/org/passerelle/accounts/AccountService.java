package org.passerelle.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.passerelle.accounts.AccountMail.EmailChangeRequested;
import org.passerelle.accounts.AccountMail.EmailChanged;
import org.passerelle.accounts.AccountMail.EmailVerificationRequested;
import org.passerelle.accounts.AccountMail.PasswordChanged;
import org.passerelle.accounts.AccountMail.PasswordResetRequested;
import org.passerelle.accounts.AccountMail.RegistrationAttemptedOnExistingAccount;
import org.passerelle.accounts.internal.AccountSessions;
import org.passerelle.accounts.internal.AccountToken.Purpose;
import org.passerelle.accounts.internal.AccountTokens;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.passerelle.shared.PasserelleProperties;
import org.passerelle.shared.PersonalData;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.passerelle.shared.SupportedLanguages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-service account life: registration, e-mail verification, password reset and change, e-mail change. Answers
 * never reveal whether an e-mail address has an account: the caller gets the same outcome, only the mail differs.
 */
@Service
@Validated
@Transactional
public class AccountService {

    private final UserAccountRepository users;
    private final AccountTokens tokens;
    private final AccountSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final PasserelleProperties site;
    private final List<PersonalData> personalData;
    private final JsonMapper json;
    private final Clock clock;

    private final RateLimiter rateLimiter;

    AccountService(
            RateLimiter rateLimiter,
            UserAccountRepository users,
            AccountTokens tokens,
            AccountSessions sessions,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            PasserelleProperties site,
            List<PersonalData> personalData,
            JsonMapper json,
            Clock clock) {
        this.rateLimiter = rateLimiter;
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentUser = currentUser;
        this.site = site;
        this.personalData = personalData;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Registers a visitor and mails a verification link. If the address already has an account, its owner is told
     * by mail instead; the caller cannot tell the difference.
     */
    @PreAuthorize("permitAll()")
    public void register(@Valid Registration registration) {
        var email = UserAccount.normalizeEmail(registration.getEmail());
        rateLimiter.check(RateLimit.REGISTRATION, email);
        var hash = passwordEncoder.encode(registration.getPassword()); // always, so timing reveals nothing
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            var user = existing.get();
            events.publishEvent(new RegistrationAttemptedOnExistingAccount(
                    user.getEmail(),
                    user.getDisplayName(),
                    user.getPreferredLanguage(),
                    site.link("login"),
                    site.link("forgot-password")));
            return;
        }
        var language = SupportedLanguages.closest(registration.getLanguage());
        var user = users.save(new UserAccount(
                email,
                registration.getDisplayName().strip(),
                hash,
                language,
                registration.getRequestedRole(),
                clock.instant()));
        sendVerification(user);
    }

    /** Sends a fresh verification link if the address belongs to an account still waiting for it. */
    @PreAuthorize("permitAll()")
    public void resendVerification(@NotBlank @Size(max = 254) String email) {
        rateLimiter.check(RateLimit.ACCOUNT_MAIL, UserAccount.normalizeEmail(email));
        users.findByEmail(UserAccount.normalizeEmail(email))
                .filter(user -> user.getStatus() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(this::sendVerification);
    }

    @PreAuthorize("permitAll()")
    public TokenOutcome verifyEmail(String token) {
        return tokens.redeem(token, Purpose.VERIFY_EMAIL)
                .flatMap(t -> users.findById(t.getUserId()))
                .map(user -> {
                    user.verifyEmail(clock.instant());
                    return TokenOutcome.DONE;
                })
                .orElse(TokenOutcome.INVALID_OR_EXPIRED);
    }

    /** Mails a single-use reset link (valid one hour) if the address has an account that is not disabled. */
    @PreAuthorize("permitAll()")
    public void requestPasswordReset(@NotBlank @Size(max = 254) String email) {
        rateLimiter.check(RateLimit.ACCOUNT_MAIL, UserAccount.normalizeEmail(email));
        users.findByEmail(UserAccount.normalizeEmail(email))
                .filter(user -> user.getStatus() != AccountStatus.DISABLED)
                .ifPresent(user -> {
                    var secret = tokens.issue(user, Purpose.RESET_PASSWORD, null);
                    events.publishEvent(new PasswordResetRequested(
                            user.getEmail(),
                            user.getDisplayName(),
                            user.getPreferredLanguage(),
                            site.link("reset-password?token=" + secret)));
                });
    }

    /** Sets a new password from a reset link; following the link also proves the address, so it is verified. */
    @PreAuthorize("permitAll()")
    public TokenOutcome resetPassword(String token, @Valid NewPassword newPassword) {
        return tokens.redeem(token, Purpose.RESET_PASSWORD)
                .flatMap(t -> users.findById(t.getUserId()))
                .filter(user -> user.getStatus() != AccountStatus.DISABLED)
                .map(user -> {
                    user.setPasswordHash(passwordEncoder.encode(newPassword.getPassword()));
                    user.verifyEmail(clock.instant());
                    sessions.endAll(user.getId());
                    events.publishEvent(
                            new PasswordChanged(user.getEmail(), user.getDisplayName(), user.getPreferredLanguage()));
                    return TokenOutcome.DONE;
                })
                .orElse(TokenOutcome.INVALID_OR_EXPIRED);
    }

    /** Changes the signed-in user's password after checking the current one. */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(@Valid NewPassword newPassword) {
        var user = signedInAccount();
        if (!passwordEncoder.matches(newPassword.getCurrentPassword(), user.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword.getPassword()));
        events.publishEvent(new PasswordChanged(user.getEmail(), user.getDisplayName(), user.getPreferredLanguage()));
    }

    /**
     * Mails a confirmation link to the new address after checking the current password. Nothing changes until the
     * link is followed. If the new address already has an account, no mail is sent, and the caller is not told.
     */
    @PreAuthorize("isAuthenticated()")
    public void requestEmailChange(@Valid EmailChange change) {
        var user = signedInAccount();
        if (!passwordEncoder.matches(change.getCurrentPassword(), user.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        var newEmail = UserAccount.normalizeEmail(change.getNewEmail());
        if (newEmail.equals(user.getEmail()) || users.existsByEmail(newEmail)) {
            return;
        }
        var secret = tokens.issue(user, Purpose.CHANGE_EMAIL, newEmail);
        events.publishEvent(new EmailChangeRequested(
                newEmail,
                user.getDisplayName(),
                user.getPreferredLanguage(),
                site.link("confirm-email?token=" + secret)));
    }

    /** Applies an e-mail change from its confirmation link, and tells the old address. */
    @PreAuthorize("permitAll()")
    public TokenOutcome confirmEmailChange(String token) {
        return tokens.redeem(token, Purpose.CHANGE_EMAIL)
                .filter(t -> !users.existsByEmail(t.getNewEmail()))
                .flatMap(t -> users.findById(t.getUserId()).map(user -> {
                    var oldEmail = user.getEmail();
                    user.setEmail(t.getNewEmail());
                    user.verifyEmail(clock.instant());
                    events.publishEvent(new EmailChanged(
                            oldEmail, user.getDisplayName(), user.getPreferredLanguage(), t.getNewEmail()));
                    return TokenOutcome.DONE;
                }))
                .orElse(TokenOutcome.INVALID_OR_EXPIRED);
    }

    /** Remembers the language the signed-in user chose; used for the UI after login and for mails. */
    @PreAuthorize("isAuthenticated()")
    public void changePreferredLanguage(Locale language) {
        signedInAccount().setPreferredLanguage(SupportedLanguages.closest(language));
    }

    /** The signed-in user's preferred language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Locale preferredLanguage() {
        return SupportedLanguages.fromTag(signedInAccount().getPreferredLanguage());
    }

    /** The signed-in user's current e-mail address (it may have changed since login). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String currentEmail() {
        return signedInAccount().getEmail();
    }

    /** Everything Passerelle keeps about the signed-in user, from every module, as JSON (UTF-8). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] exportMyData() {
        var userId = currentUser.require().id();
        var export = new LinkedHashMap<String, Object>();
        export.put("exportedAt", clock.instant().toString());
        personalData.stream()
                .sorted(Comparator.comparing(PersonalData::key))
                .forEach(part -> export.put(part.key(), part.exportFor(userId)));
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
    }

    /**
     * Deletes the signed-in user's account and, through {@link AccountDeletionRequested}, everything other modules
     * keep about them, after checking the password. Their sessions end.
     */
    @PreAuthorize("isAuthenticated()")
    public void deleteMyAccount(String currentPassword) {
        var user = signedInAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        events.publishEvent(new AccountDeletionRequested(user.getId()));
        tokens.deleteAllOf(user.getId());
        users.delete(user);
        sessions.endAll(user.getId());
    }

    private void sendVerification(UserAccount user) {
        var secret = tokens.issue(user, Purpose.VERIFY_EMAIL, null);
        events.publishEvent(new EmailVerificationRequested(
                user.getEmail(),
                user.getDisplayName(),
                user.getPreferredLanguage(),
                site.link("verify-email?token=" + secret)));
    }

    private UserAccount signedInAccount() {
        return users.findById(currentUser.require().id()).orElseThrow(() -> new AccessDeniedException("no account"));
    }
}
