package org.passerelle.communities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.UserSummary;
import org.passerelle.communities.CommunityAdminService;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.directory.SectorInfo;
import org.springframework.beans.factory.annotation.Autowired;

class CommunityAdminViewTest extends KaribuTest {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    CommunityAdminService admin;

    @Test
    void anAdministratorCreatesACommunityAndChoosesItsModerator() {
        var administrator = testUsers.active("Community admin", Role.ADMIN);
        testUsers.signIn(administrator);
        var sector = communityFixtures.freshSector();
        var moderator = testUsers.active("Chosen moderator", Role.MODERATOR);

        signIn(administrator);
        navigate("admin/communities");
        _click(_get(Button.class, spec -> spec.withId("community-create")));
        @SuppressWarnings("unchecked")
        Select<SectorInfo> select = _get(Select.class, spec -> spec.withId("community-sector"));
        var info = select.getListDataView()
                .getItems()
                .filter(s -> s.code().equals(sector))
                .findFirst()
                .orElseThrow();
        type(select, info);
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        testUsers.signIn(administrator);
        var created = communities.all().stream()
                .filter(c -> c.sectorCode().equals(sector))
                .findFirst()
                .orElseThrow();
        assertThat(created.nameEn()).isEqualTo(info.nameEn());

        @SuppressWarnings("unchecked")
        Grid<CommunityDetails> grid = _get(Grid.class, spec -> spec.withId("communities-grid"));
        var row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).id() == created.id())
                .findFirst()
                .orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "moderators"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UserSummary> moderators =
                _get(MultiSelectComboBox.class, spec -> spec.withId("moderators-select"));
        var candidate = moderators
                .getListDataView()
                .getItems()
                .filter(u -> u.id() == moderator.getId())
                .findFirst()
                .orElseThrow();
        type(moderators, Set.of(candidate));
        _click(_get(Button.class, spec -> spec.withId("moderators-save")));
        testUsers.signIn(administrator);
        assertThat(admin.moderators(created.id())).containsExactly(moderator.getId());
    }
}
