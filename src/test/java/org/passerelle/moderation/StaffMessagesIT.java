package org.passerelle.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.groups.Tuple;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.notifications.NotificationDetails;
import org.passerelle.notifications.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;

@IntegrationTest
class StaffMessagesIT {

    @Autowired
    MemberModerationService members;

    @Autowired
    StaffMessageService messages;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void aWarnedMemberAnswersTheModeratorsAndOnlyTheyAndTheStaffSeeTheThread() {
        var moderator = users.active("Thread moderator", Role.MODERATOR, Role.EXPERT);
        var member = users.active("Warned member", Role.EXPERT);
        users.signIn(moderator);
        members.warn(member.getId(), "Please cite your sources");

        users.signIn(member);
        var mine = messages.threads();
        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(PenaltyKind.WARNING);
            assertThat(s.reason()).isEqualTo("Please cite your sources");
            assertThat(s.awaitingStaff()).isFalse();
        });
        var penaltyId = mine.getFirst().penaltyId();
        awaitNotification("WARNING");
        assertThat(notifications.mine(10))
                .filteredOn(n -> n.kind().equals("WARNING"))
                .extracting(NotificationDetails::link)
                .containsExactly("staff-messages/" + penaltyId);
        messages.reply(penaltyId, "  Sorry, I will add them.  ");
        assertThatThrownBy(() -> messages.reply(penaltyId, "   ")).hasMessage("staffMessage.required");
        assertThatThrownBy(() -> messages.reply(penaltyId, "x".repeat(StaffMessageService.MAX_LENGTH + 1)))
                .hasMessage("staffMessage.tooLong");

        var other = users.active("Curious member", Role.EXPERT);
        users.signIn(other);
        assertThat(messages.threads()).isEmpty();
        assertThatThrownBy(() -> messages.thread(penaltyId)).hasMessage("staffMessage.notFound");
        assertThatThrownBy(() -> messages.reply(penaltyId, "Let me in")).hasMessage("staffMessage.notFound");
        assertThatThrownBy(() -> messages.thread(Long.MAX_VALUE)).hasMessage("staffMessage.notFound");

        users.signIn(moderator);
        awaitNotification("STAFF_MESSAGE");
        assertThat(messages.threads())
                .filteredOn(s -> s.penaltyId() == penaltyId)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.awaitingStaff()).isTrue();
                    assertThat(s.memberName()).isEqualTo("Warned member");
                });
        messages.reply(penaltyId, "Thank you.");
        var thread = messages.thread(penaltyId);
        assertThat(thread.moderatorName()).isEqualTo("Thread moderator");
        assertThat(thread.messages())
                .extracting(StaffMessageService.Message::text, StaffMessageService.Message::fromStaff)
                .containsExactly(Tuple.tuple("Sorry, I will add them.", false), Tuple.tuple("Thank you.", true));

        var anotherModerator = users.active("Other moderator", Role.MODERATOR);
        users.signIn(anotherModerator);
        assertThat(messages.thread(penaltyId).messages()).hasSize(2);

        users.signIn(member);
        awaitNotification("STAFF_MESSAGE");
        assertThat(notifications.mine(10))
                .filteredOn(n -> n.kind().equals("STAFF_MESSAGE"))
                .extracting(NotificationDetails::link)
                .containsExactly("staff-messages/" + penaltyId);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> messages.threads()).isInstanceOf(AuthenticationException.class);
    }

    private void awaitNotification(String kind) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .until(() ->
                        notifications.mine(20).stream().anyMatch(n -> n.kind().equals(kind)));
    }
}
