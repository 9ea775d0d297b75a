package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisibilityTest {

    static final long OWNER = 7;

    static Viewer viewer(String who) {
        return switch (who) {
            case "visitor" -> Viewer.VISITOR;
            case "member" -> new Viewer(1L, true, false, false);
            case "institution" -> new Viewer(2L, true, true, false);
            case "admin" -> new Viewer(3L, true, false, true);
            case "owner" -> new Viewer(OWNER, true, false, false);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0} section seen by {1}: {2}")
    @CsvSource({
        "PUBLIC, visitor, true",
        "PUBLIC, member, true",
        "MEMBERS, visitor, false",
        "MEMBERS, member, true",
        "MEMBERS, institution, true",
        "VERIFIED_INSTITUTIONS, visitor, false",
        "VERIFIED_INSTITUTIONS, member, false",
        "VERIFIED_INSTITUTIONS, institution, true",
        "VERIFIED_INSTITUTIONS, admin, true",
        "ONLY_ME, member, false",
        "ONLY_ME, institution, false",
        "ONLY_ME, admin, false",
        "ONLY_ME, owner, true",
        "MEMBERS, owner, true",
        "VERIFIED_INSTITUTIONS, owner, true"
    })
    void whoSeesWhat(Visibility visibility, String who, boolean sees) {
        assertThat(visibility.allows(viewer(who), OWNER)).isEqualTo(sees);
    }

    @Test
    void theDefaultIsMembersOnly() {
        assertThat(Visibility.DEFAULT).isEqualTo(Visibility.MEMBERS);
        assertThat(new ProfileForm().getVisibility())
                .allSatisfy((section, v) -> assertThat(v).isEqualTo(Visibility.MEMBERS));
    }
}
