package org.passerelle.accounts;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.passerelle.accounts.internal.PasswordPolicyValidator;

/**
 * A password Passerelle accepts: 10 to 256 characters (long passphrases welcome) and not easy to guess (common
 * passwords, keyboard patterns, repeated characters and dates are refused; measured with zxcvbn).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordPolicyValidator.class)
public @interface PasswordPolicy {

    int MIN_LENGTH = 10;
    int MAX_LENGTH = 256;

    String message() default "{accounts.password.weak}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
