package org.passerelle.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.moderation.MemberModerationService;
import org.passerelle.moderation.StaffActionType;
import org.passerelle.moderation.StaffLogEntry;
import org.springframework.beans.factory.annotation.Autowired;

class StaffLogViewTest extends KaribuTest {

    @Autowired
    MemberModerationService members;

    @SuppressWarnings("unchecked")
    static List<StaffLogEntry> rows() {
        Grid<StaffLogEntry> grid = _get(Grid.class, spec -> spec.withId("staff-log"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    @Test
    void theLogListsMemberActionsAndFiltersByActionAndActor() {
        var moderator = testUsers.active("Logging moderator", Role.MODERATOR);
        var member = testUsers.active("Logged member", Role.EXPERT);
        testUsers.signIn(moderator);
        members.warn(member.getId(), "Mind the tone");

        signIn(moderator);
        navigate("moderation/log");
        assertThat(rows()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(StaffActionType.WARN);
            assertThat(entry.actorName()).isEqualTo("Logging moderator");
            assertThat(entry.targetName()).isEqualTo("Logged member");
            assertThat(entry.reason()).isEqualTo("Mind the tone");
        });
        @SuppressWarnings("unchecked")
        Select<StaffActionType> action = _get(Select.class, spec -> spec.withId("log-action"));
        type(action, StaffActionType.SUSPEND);
        assertThat(rows()).noneMatch(entry -> entry.reason().equals("Mind the tone"));
        type(action, StaffActionType.WARN);
        type(_get(TextField.class, spec -> spec.withId("log-actor")), "nobody of that name");
        assertThat(rows()).isEmpty();
        type(_get(TextField.class, spec -> spec.withId("log-actor")), "logging");
        assertThat(rows()).extracting(StaffLogEntry::reason).contains("Mind the tone");
    }
}
