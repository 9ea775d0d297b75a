package org.passerelle.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.moderation.MemberModerationService;
import org.passerelle.moderation.StaffMessageService;
import org.springframework.beans.factory.annotation.Autowired;

class StaffMessagesViewTest extends KaribuTest {

    @Autowired
    MemberModerationService members;

    @Autowired
    StaffMessageService messages;

    long warn(UserAccount member, String reason) {
        var moderator = testUsers.active("View moderator", Role.MODERATOR);
        testUsers.signIn(moderator);
        members.warn(member.getId(), reason);
        testUsers.signIn(member);
        var id = messages.threads().getFirst().penaltyId();
        testUsers.signOut();
        return id;
    }

    static String threadText() {
        return _find(_get(VerticalLayout.class, spec -> spec.withId("staff-thread")), Paragraph.class).stream()
                .map(Paragraph::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void theMemberReadsTheWarningAndAnswersItAnEmptyAnswerIsFlaggedAtTheField() {
        var member = testUsers.active("Answering member", Role.EXPERT);
        var penaltyId = warn(member, "No advertising, please");

        signIn(member);
        navigate("staff-messages/" + penaltyId);
        assertThat(threadText()).contains("No advertising, please");
        _click(_get(Button.class, spec -> spec.withId("staff-send")));
        var reply = _get(TextArea.class, spec -> spec.withId("staff-reply"));
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).isEqualTo("Write a message first.");

        type(reply, "<script>alert(1)</script> It was a link to my NGO");
        _click(_get(Button.class, spec -> spec.withId("staff-send")));
        assertThat(threadText()).contains("<script>alert(1)</script> It was a link to my NGO");
        assertThat(_get(TextArea.class, spec -> spec.withId("staff-reply")).getValue())
                .isEmpty();
    }

    @Test
    void anotherMemberCannotOpenTheThreadInFrench() {
        var member = testUsers.active("Private member", Role.EXPERT);
        var penaltyId = warn(member, "Private reason");
        var other = testUsers.active("Nosy member", Role.EXPERT);
        useLocale(Locale.FRENCH);
        signIn(other);
        navigate("staff-messages/" + penaltyId);

        assertThat(threadText()).doesNotContain("Private reason").contains("Il n’y a aucun avertissement");
    }
}
