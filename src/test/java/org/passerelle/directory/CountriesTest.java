package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class CountriesTest {

    private final Countries countries = new Countries(messages());

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void everyIsoCountryButAntarcticaHasARegionAndAContinent() {
        var missing = Arrays.stream(Locale.getISOCountries())
                .filter(code -> !code.equals("AQ"))
                .filter(code -> !countries.isKnown(code))
                .toList();
        assertThat(missing).isEmpty();
        assertThat(countries.all()).hasSize(Locale.getISOCountries().length - 1);
        assertThat(countries.all()).allSatisfy(c -> assertThat(c.continent()).isIn("002", "019", "142", "150", "009"));
    }

    @Test
    void countriesRegionsAndContinentsHaveNamesInBothLanguages() {
        var mali = countries.find("ml").orElseThrow();
        assertThat(mali.region()).isEqualTo("011");
        assertThat(mali.continent()).isEqualTo("002");
        assertThat(countries.name("ML", Locale.FRENCH)).isEqualTo("Mali");
        assertThat(countries.name("CI", Locale.FRENCH)).isEqualTo("Côte d’Ivoire");
        assertThat(countries.name("011", Locale.ENGLISH)).isEqualTo("Western Africa");
        assertThat(countries.name("011", Locale.FRENCH)).isEqualTo("Afrique de l’Ouest");
        assertThat(countries.name("002", Locale.FRENCH)).isEqualTo("Afrique");
        assertThat(countries.find("HT").orElseThrow().region()).isEqualTo("029");
        for (var country : countries.all()) {
            assertThat(countries.name(country.region(), Locale.FRENCH))
                    .as(country.code())
                    .isNotEqualTo(country.region());
        }
    }

    @Test
    void unknownCodesAreUnknown() {
        assertThat(countries.isKnown("XX")).isFalse();
        assertThat(countries.isKnown(null)).isFalse();
        assertThat(countries.isKnown("<script>")).isFalse();
    }

    @Test
    void languagesIncludeTheDiasporaLanguages() {
        var languages = new Languages();
        assertThat(languages.isKnown("bm")).isTrue();
        assertThat(languages.isKnown("wo")).isTrue();
        assertThat(languages.isKnown("xx")).isFalse();
        assertThat(languages.name("sw", Locale.FRENCH)).isEqualTo("Swahili");
        assertThat(languages.name("fr", Locale.ENGLISH)).isEqualTo("French");
        assertThat(languages.name("ar", Locale.FRENCH)).isEqualTo("Arabe");
    }

    @Test
    void proficiencyLevelsAreOrdered() {
        assertThat(ProficiencyLevel.NATIVE.atLeast(ProficiencyLevel.C1)).isTrue();
        assertThat(ProficiencyLevel.B1.atLeast(ProficiencyLevel.B2)).isFalse();
        assertThat(ProficiencyLevel.B2.atLeast(ProficiencyLevel.B2)).isTrue();
    }
}
