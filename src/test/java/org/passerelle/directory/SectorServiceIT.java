package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class SectorServiceIT {

    @Autowired
    SectorService sectors;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    static SectorForm form(String code, String en, String fr) {
        var form = new SectorForm();
        form.setCode(code);
        form.setNameEn(en);
        form.setNameFr(fr);
        return form;
    }

    @Test
    void everyoneSeesTheTwelveSeededSectorsInBothLanguages() {
        var active = sectors.active();
        assertThat(active).extracting(SectorInfo::code).startsWith("health", "education", "agriculture");
        assertThat(active.getFirst().name(Locale.FRENCH)).isEqualTo("Santé");
        assertThat(active).extracting(SectorInfo::code).contains("water", "ict", "culture");
    }

    @Test
    void onlyAdministratorsEditAndCodesAreChecked() {
        testUsers.signIn(testUsers.active("Moderator", Role.MODERATOR));
        assertThatThrownBy(() -> sectors.create(form("tourism", "Tourism", "Tourisme")))
                .isInstanceOf(AuthorizationDeniedException.class);

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        var code = "tourism-" + System.nanoTime() % 100000;
        assertThat(sectors.create(form(code, " Tourism ", "Tourisme")).nameEn()).isEqualTo("Tourism");
        assertThatThrownBy(() -> sectors.create(form(code, "Again", "Encore")))
                .isInstanceOf(SectorService.SectorCodeException.class);
        assertThatThrownBy(() -> sectors.create(form("Bad Code!", "x", "y")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> sectors.rename(form(code, "x".repeat(81), "y")))
                .isInstanceOf(ConstraintViolationException.class);

        sectors.setActive(code, false);
        assertThat(sectors.active()).extracting(SectorInfo::code).doesNotContain(code);
        assertThat(sectors.all()).extracting(SectorInfo::code).contains(code);
    }
}
