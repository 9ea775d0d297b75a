package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.LoginThrottledException;

class LoginThrottleTest {

    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottle.Settings(3, Duration.ofMinutes(3), 5, Duration.ofMinutes(1)));

    @Test
    void anAccountIsLockedAfterItsAllowanceOfFailures() {
        for (int i = 0; i < 3; i++) {
            var address = "ip" + i;
            assertThatCode(() -> throttle.checkAllowed("a@x", address)).doesNotThrowAnyException();
            throttle.failed("a@x", address);
        }
        assertThatThrownBy(() -> throttle.checkAllowed("a@x", "another-ip"))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> Assertions.assertThat(((LoginThrottledException) e).minutesToWait())
                        .isBetween(1L, 3L));
        assertThatCode(() -> throttle.checkAllowed("b@x", "another-ip")).doesNotThrowAnyException();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        throttle.failed("c@x", "ip");
        throttle.failed("c@x", "ip");
        throttle.succeeded("c@x");
        throttle.failed("c@x", "ip2");
        throttle.failed("c@x", "ip2");
        assertThatCode(() -> throttle.checkAllowed("c@x", "ip3")).doesNotThrowAnyException();
    }

    @Test
    void anAddressIsLockedAfterItsAllowanceWhateverTheAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@x", "1.2.3.4");
        }
        assertThatThrownBy(() -> throttle.checkAllowed("fresh@x", "1.2.3.4"))
                .isInstanceOf(LoginThrottledException.class);
        assertThatCode(() -> throttle.checkAllowed("fresh@x", "5.6.7.8")).doesNotThrowAnyException();
    }
}
