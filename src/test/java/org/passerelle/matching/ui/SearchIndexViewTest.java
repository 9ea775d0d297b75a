package org.passerelle.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.matching.IndexMaintenanceService.EntityReport;

class SearchIndexViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    static List<EntityReport> rows() {
        Grid<EntityReport> grid = _get(Grid.class, spec -> spec.withId("index-report"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    @Test
    void anAdministratorSeesEachIndexAgainstTheDatabaseAndRepairsIt() {
        signIn(testUsers.active("Index view admin", Role.ADMIN));
        navigate("admin/search-index");
        assertThat(rows()).extracting(EntityReport::entity).containsExactly("ExpertProfile", "Mission", "Post");

        _click(_get(Button.class, spec -> spec.withId("index-repair")));
        assertThat(_get(Span.class, spec -> spec.withId("index-status")).getText())
                .isEqualTo("Repaired.");
        assertThat(rows()).allSatisfy(report -> assertThat(report.consistent()).isTrue());
    }
}
