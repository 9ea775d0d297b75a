package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class UserAdminServiceIT {

    @Autowired
    UserAdminService admin;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void onlyAdministratorsMayUseIt() {
        var target = testUsers.active("Target", Role.EXPERT);
        assertThatThrownBy(() -> admin.count("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        for (var role : new Role[] {Role.EXPERT, Role.INSTITUTION_REP, Role.MODERATOR}) {
            testUsers.signIn(testUsers.active("Not admin", role));
            assertThatThrownBy(() -> admin.setDisabled(target.getId(), true))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> admin.changeRoles(target.getId(), Set.of(Role.ADMIN)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void searchFindsByNameOrEmailAndTakesWildcardsLiterally() {
        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        var user = testUsers.active("Zéphyrine Unique_Name", Role.EXPERT);
        assertThat(admin.search("zéphyrine", PageRequest.of(0, 10)))
                .extracting(UserSummary::id)
                .containsExactly(user.getId());
        assertThat(admin.search(user.getEmail().toUpperCase(), PageRequest.of(0, 10)))
                .extracting(UserSummary::id)
                .containsExactly(user.getId());
        assertThat(admin.count("unique_name")).isEqualTo(1);
        assertThat(admin.count("unique%name")).isZero();
        assertThat(admin.count("<script>alert(1)</script>")).isZero();
    }

    @Test
    void rolesChangeButAnAdminKeepsTheirOwnAdminRole() {
        var me = testUsers.active("Admin", Role.ADMIN);
        testUsers.signIn(me);
        var user = testUsers.active("Promoted", Role.EXPERT);
        assertThat(admin.changeRoles(user.getId(), Set.of(Role.EXPERT, Role.MODERATOR))
                        .roles())
                .containsExactlyInAnyOrder(Role.EXPERT, Role.MODERATOR);
        assertThatThrownBy(() -> admin.changeRoles(me.getId(), Set.of(Role.EXPERT)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> admin.setDisabled(me.getId(), true)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> admin.changeRoles(user.getId(), Set.of())).isInstanceOf(RefusedException.class);
    }

    @Test
    void reEnablingRestoresTheRightStatus() {
        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        var verified = testUsers.active("Verified", Role.EXPERT);
        var pending = testUsers.pending("Pending", Role.EXPERT);
        admin.setDisabled(verified.getId(), true);
        admin.setDisabled(pending.getId(), true);
        assertThat(admin.setDisabled(verified.getId(), false).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(admin.setDisabled(pending.getId(), false).status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
    }
}
