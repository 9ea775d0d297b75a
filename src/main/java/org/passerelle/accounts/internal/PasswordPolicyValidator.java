package org.passerelle.accounts.internal;

import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.passerelle.accounts.PasswordPolicy;
import org.passerelle.shared.Texts;

/**
 * Refuses passwords that zxcvbn rates as guessable in fewer than 10^8 attempts (score below 2): common passwords,
 * dictionary words, keyboard walks, repeats, sequences and dates. Length is checked by {@code @Size}.
 */
public class PasswordPolicyValidator implements ConstraintValidator<PasswordPolicy, String> {

    static final int MIN_SCORE = 2;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null
                || password.length() < PasswordPolicy.MIN_LENGTH
                || password.length() > PasswordPolicy.MAX_LENGTH) {
            return true; // length is @Size's job: one message at a time
        }
        // a half surrogate pair is no character a keyboard can type (and no password hash accepts it)
        return Texts.isWellFormed(password) && ZXCVBN.measure(password).getScore() >= MIN_SCORE;
    }
}
