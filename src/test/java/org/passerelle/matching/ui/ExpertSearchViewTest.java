package org.passerelle.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.matching.ExpertHit;
import org.springframework.beans.factory.annotation.Autowired;

class ExpertSearchViewTest extends KaribuTest {

    @Autowired
    ExpertProfileService profiles;

    String tag;

    @BeforeEach
    void experts() {
        tag = "kv" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "y");
        expert("Nafissatou Health", f -> {
            f.setSectors(Set.of("health"));
            f.setHeritageCountries(Set.of("SN"));
        });
        expert("Oumar Water", f -> {
            f.setSectors(Set.of("water"));
            f.setHeritageCountries(Set.of("ML"));
        });
    }

    void expert(String name, Consumer<ProfileForm> edit) {
        testUsers.signIn(testUsers.active(name, Role.EXPERT));
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName(name);
        form.setHeadline("Expert " + tag);
        for (var section : ProfileSection.values()) {
            form.getVisibility().put(section, Visibility.PUBLIC);
        }
        edit.accept(form);
        profiles.update(id, form);
        testUsers.signOut();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ExpertHit> results() {
        return _get(Grid.class, spec -> spec.withId("search-results"));
    }

    private static List<String> names() {
        var grid = results();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).name())
                .toList();
    }

    @Test
    void typingAndAFacetNarrowTheResultsWithCounts() {
        navigate("directory");
        type(_get(TextField.class, spec -> spec.withId("search-text")), tag);
        assertThat(names()).containsExactlyInAnyOrder("Nafissatou Health", "Oumar Water");
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-total")).getText())
                .isEqualTo("2 experts");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> sectors = _get(MultiSelectComboBox.class, spec -> spec.withId("filter-sector"));
        assertThat(sectors.getItemLabelGenerator().apply("health")).isEqualTo("Health (1)");
        sectors.setValue(Set.of("health"));
        assertThat(names()).containsExactly("Nafissatou Health");
    }

    @Test
    void theAddressRestoresASearch() {
        UI().navigate(
                        "directory",
                        QueryParameters.full(Map.of(
                                "q", new String[] {tag}, "heritage", new String[] {"ML"}, "sort", new String[] {"NAME"
                                })));
        assertThat(_get(TextField.class, spec -> spec.withId("search-text")).getValue())
                .isEqualTo(tag);
        assertThat(names()).containsExactly("Oumar Water");
        assertThat(_get(ExpertSearchView.class).query().heritageCountries()).containsExactly("ML");
    }

    @Test
    void nonsenseInTheAddressIsIgnored() {
        UI().navigate(
                        "directory",
                        QueryParameters.full(Map.of(
                                "level", new String[] {"Z9"},
                                "from", new String[] {"not-a-date"},
                                "sort", new String[] {"<script>"},
                                "q", new String[] {"x".repeat(5000)})));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-total")).getText())
                .isNotBlank();
    }

    private static UI UI() {
        return UI.getCurrent();
    }
}
