package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyValidatorTest {

    private final PasswordPolicyValidator validator = new PasswordPolicyValidator();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password123",
                "1234567890",
                "qwertyuiop",
                "aaaaaaaaaaaa",
                "iloveyou12",
                "passwordpassword",
                "abcdefghij",
                "01/01/2000"
            })
    void commonAndPatternedPasswordsAreRefused(String password) {
        assertThat(validator.isValid(password, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tamarind river at dusk 42",
                "Kq7#vR2!mZ",
                "mango orchard under rain",
                // 64+ characters are welcome
                "a long passphrase about the Niger river, baobab trees and the harmattan wind in January"
            })
    void strongPasswordsAndLongPassphrasesAreAccepted(String password) {
        assertThat(validator.isValid(password, null)).isTrue();
    }

    @Test
    void lengthIsLeftToSize() {
        assertThat(validator.isValid("short", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid("x".repeat(10_000), null)).isTrue();
    }
}
