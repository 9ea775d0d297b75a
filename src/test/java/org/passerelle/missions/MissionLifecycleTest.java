package org.passerelle.missions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action from every status: exactly the transitions written below are allowed, and nothing else. */
class MissionLifecycleTest {

    /** The expected state machine, written out by hand: "FROM ACTION" → TO. */
    private static final Map<String, MissionStatus> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT SUBMIT", MissionStatus.SUBMITTED),
            Map.entry("CHANGES_REQUESTED SUBMIT", MissionStatus.SUBMITTED),
            Map.entry("SUBMITTED REQUEST_CHANGES", MissionStatus.CHANGES_REQUESTED),
            Map.entry("SUBMITTED PUBLISH", MissionStatus.PUBLISHED),
            Map.entry("PUBLISHED STAFF", MissionStatus.STAFFED),
            Map.entry("STAFFED REOPEN", MissionStatus.PUBLISHED),
            Map.entry("STAFFED START", MissionStatus.IN_PROGRESS),
            Map.entry("IN_PROGRESS COMPLETE", MissionStatus.COMPLETED),
            Map.entry("COMPLETED EVALUATE", MissionStatus.EVALUATED),
            Map.entry("DRAFT CANCEL", MissionStatus.CANCELLED),
            Map.entry("SUBMITTED CANCEL", MissionStatus.CANCELLED),
            Map.entry("CHANGES_REQUESTED CANCEL", MissionStatus.CANCELLED),
            Map.entry("PUBLISHED CANCEL", MissionStatus.CANCELLED),
            Map.entry("STAFFED CANCEL", MissionStatus.CANCELLED),
            Map.entry("IN_PROGRESS CANCEL", MissionStatus.CANCELLED));

    static Stream<Arguments> everyPair() {
        return Stream.of(MissionStatus.values())
                .flatMap(status -> Stream.of(MissionAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void onlyTheWrittenTransitionsAreAllowed(MissionStatus from, MissionAction action) {
        var expected = ALLOWED.get(from + " " + action);
        assertThat(MissionLifecycle.next(from, action)).isEqualTo(Optional.ofNullable(expected));
        assertThat(MissionLifecycle.allows(from, action)).isEqualTo(expected != null);
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void closedMissionsCannotMoveAnyMore(MissionStatus status) {
        if (status == MissionStatus.CANCELLED || status == MissionStatus.EVALUATED) {
            assertThat(Stream.of(MissionAction.values()).noneMatch(a -> MissionLifecycle.allows(status, a)))
                    .isTrue();
        }
        assertThat(MissionLifecycle.allows(status, MissionAction.CANCEL)).isEqualTo(status.isOpen());
    }

    static Stream<MissionStatus> statuses() {
        return Stream.of(MissionStatus.values());
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void onlyDraftsAndSentBackMissionsAreEditableAndOnlyPublishedOnesRecruit(MissionStatus status) {
        assertThat(MissionLifecycle.editable(status))
                .isEqualTo(status == MissionStatus.DRAFT || status == MissionStatus.CHANGES_REQUESTED);
        assertThat(MissionLifecycle.recruiting(status)).isEqualTo(status == MissionStatus.PUBLISHED);
        assertThat(status.isPublic())
                .isEqualTo(status.ordinal() >= MissionStatus.PUBLISHED.ordinal() && status != MissionStatus.CANCELLED);
    }
}
