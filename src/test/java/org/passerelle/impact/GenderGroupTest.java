package org.passerelle.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenderGroupTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Woman|WOMEN",
                "femme|WOMEN",
                " Femme |WOMEN",
                "F|WOMEN",
                "female|WOMEN",
                "Féminin|WOMEN",
                "man|MEN",
                "Homme|MEN",
                "H|MEN",
                "male|MEN",
                "Masculin|MEN",
                "non-binary|OTHER",
                "genderqueer|OTHER",
                "bispirituel|OTHER",
                "''|NOT_STATED",
                "prefer not to say|NOT_STATED",
                "Je préfère ne pas le dire|NOT_STATED"
            })
    void selfDescriptionsAreGrouped(String words, GenderGroup group) {
        assertThat(GenderGroup.of(words)).isEqualTo(group);
    }

    @Test
    void nothingIsNotStated() {
        assertThat(GenderGroup.of(null)).isEqualTo(GenderGroup.NOT_STATED);
    }
}
