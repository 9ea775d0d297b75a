package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.internal.VocabularyCatalog;

/** The vocabulary data files: shape, size, and concepts found in texts of any of the three languages. */
class VocabularyTest {

    static final Vocabulary VOCABULARY = new VocabularyCatalog();

    static List<String> found(String text) {
        return VOCABULARY.find(text).stream().map(ConceptMention::conceptId).toList();
    }

    @Test
    void atLeastSixHundredConceptsInTwelveSectorsEachInThreeLanguagesAndUnderItsSectorsRoot() {
        assertThat(VOCABULARY.size()).isGreaterThanOrEqualTo(600);
        var sectors = new HashSet<String>();
        for (var concept : VOCABULARY.all()) {
            sectors.add(concept.sector());
            assertThat(concept.labels().keySet()).as(concept.id()).contains("en", "fr", "ar");
            assertThat(VOCABULARY.depth(concept.id()))
                    .as(concept.id() + " reaches " + concept.sector())
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(sectors)
                .containsExactlyInAnyOrder(
                        "health",
                        "education",
                        "agriculture",
                        "water",
                        "energy",
                        "ict",
                        "entrepreneurship",
                        "governance",
                        "justice",
                        "infrastructure",
                        "environment",
                        "culture");
    }

    @Test
    void theSameConceptIsFoundInEnglishFrenchAndArabic() {
        assertThat(found("MPH, public health specialist")).contains("health/public-health");
        assertThat(found("Spécialiste en santé publique")).contains("health/public-health");
        assertThat(found("خبيرة في الصحة العامة")).contains("health/public-health");
        assertThat(found("Field epidemiologist (FETP)")).contains("health/field-epidemiology");
        assertThat(found("épidémiologistes de terrain")).contains("health/field-epidemiology");
    }

    @Test
    void aMentionSaysTheLanguageOfTheLabelAsWrittenEvenWhenTwoLanguagesNormaliseAlike() {
        assertThat(VOCABULARY.find("Épidémiologiste").getFirst().language()).isEqualTo("fr");
        assertThat(VOCABULARY.find("Epidemiologist").getFirst().language()).isEqualTo("en");
    }

    @Test
    void aFragmentOfAPhraseDoesNotStandForThePhraseNorAFunctionWordForAnything() {
        assertThat(found("Formation continue des sages-femmes")).contains("health/midwifery");
        assertThat(found("Avocate des droits des femmes")).doesNotContain("health/midwifery");
        assertThat(found("Gestionnaire d'un fonds d'amorçage")).doesNotContain("governance/donor-relations");
        assertThat(found("de la et des le les du")).isEmpty();
        assertThat(found("Inspecteur des impôts")).doesNotContain("entrepreneurship/venture-capital");
    }

    @Test
    void suggestionsComeInTheReadersLanguage() {
        var suggestions = VOCABULARY.suggest("épidém", Locale.FRENCH, 5);
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.getFirst().label(Locale.FRENCH)).startsWithIgnoringCase("épidémiologie");
    }
}
