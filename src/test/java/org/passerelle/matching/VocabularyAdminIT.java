package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ConceptForm;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.Vocabulary;
import org.passerelle.directory.VocabularyService;
import org.passerelle.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administrators extend the vocabulary without a release: the new label is recognised at once, and a profile written
 * before, which uses it, is indexed again and found by its concept.
 */
@IntegrationTest
class VocabularyAdminIT {

    @Autowired
    VocabularyService service;

    @Autowired
    Vocabulary vocabulary;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ExpertSearchService search;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static String tag() {
        return Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "z");
    }

    /** Experts living in Iceland (as only this test's expert does) found by these words. */
    List<Long> foundInIceland(String text) {
        return search.page(QueryBuilder.query(text).residence("IS").build(), 0, 100).hits().stream()
                .map(ExpertHit::id)
                .toList();
    }

    @Test
    void aLabelAddedToAConceptIsRecognisedAtOnceAndTheProfilesUsingItAreIndexedAgain() {
        var tag = tag();
        var words = "disease sleuth " + tag;
        users.signIn(users.active("Sleuth", Role.EXPERT));
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Senior " + words);
        form.setResidenceCountry("IS");
        form.setVisibility(new EnumMap<>(ProfileForm.defaultVisibility()));
        profiles.update(id, form);
        assertThat(vocabulary.find(words)).isEmpty();
        assertThat(foundInIceland("épidémiologie")).doesNotContain(id);

        users.signIn(users.active("Vocabulary admin", Role.ADMIN));
        var label = new ConceptForm();
        label.setConceptId("health/epidemiology");
        label.setLanguage("en");
        label.setLabel(words);
        service.add(label);

        assertThat(vocabulary.find("A " + words + " from Lyon"))
                .extracting(m -> m.conceptId())
                .containsExactly("health/epidemiology");
        // the French word finds the English profile through the concept the new label gave it
        Awaitility.await()
                .pollInSameThread() // the search runs as the signed-in administrator
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(foundInIceland("épidémiologie")).contains(id));
    }

    @Test
    void aNewConceptGoesUnderABroaderOneWithItsThreeLabels() {
        var tag = tag();
        users.signIn(users.active("Vocabulary admin", Role.ADMIN));
        var form = new ConceptForm();
        form.setBroader("health/epidemiology");
        form.setLabelEn("sewage surveillance " + tag);
        form.setLabelFr("surveillance des eaux usées " + tag);
        form.setLabelAr("مراقبة مياه الصرف " + tag);
        var id = service.add(form);
        assertThat(id).isEqualTo("health/sewage-surveillance-" + tag);
        assertThat(vocabulary.ancestors(id)).contains("health/epidemiology");
        assertThat(vocabulary.find("Responsable de la surveillance des eaux usées " + tag))
                .extracting(m -> m.conceptId())
                .containsExactly(id);
        assertThat(service.concepts(tag, Locale.FRENCH, 10))
                .extracting(VocabularyService.ConceptSummary::label)
                .containsExactly("surveillance des eaux usées " + tag);
    }

    @Test
    void aLabelThatAlreadyNamesAConceptOrIsEmptyIsRefusedWithAMessage() {
        users.signIn(users.active("Vocabulary admin", Role.ADMIN));
        var taken = new ConceptForm();
        taken.setConceptId("health/midwifery");
        taken.setLanguage("fr");
        taken.setLabel("épidémiologie");
        assertThatThrownBy(() -> service.add(taken))
                .isInstanceOf(RefusedException.class)
                .hasMessage("vocabulary.label.taken");
        var empty = new ConceptForm();
        empty.setConceptId("health/midwifery");
        empty.setLabel(" ");
        assertThatThrownBy(() -> service.add(empty)).isInstanceOf(ConstraintViolationException.class);
        var unknown = new ConceptForm();
        unknown.setConceptId("health/no-such-thing");
        unknown.setLabel("something new");
        assertThatThrownBy(() -> service.add(unknown)).hasMessage("vocabulary.concept.unknown");
    }
}
