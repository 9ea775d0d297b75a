package org.passerelle.missions.internal;

import java.time.Instant;
import java.util.Map;
import org.passerelle.missions.ApplicationStatus;
import org.passerelle.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missions module's part of a personal data export: the user's applications and invitations, the feedback they
 * gave, and their messages in mission discussions. (All of it is deleted with the account, by foreign keys.)
 */
@Component
class MissionPersonalData implements PersonalData {

    record Application(
            long missionId,
            String missionTitle,
            boolean invited,
            ApplicationStatus status,
            String motivation,
            String availability,
            Instant appliedAt) {}

    record GivenFeedback(long missionId, boolean aboutExpert, int rating, String comment) {}

    record SentMessage(long missionId, String html, Instant at) {}

    private final MissionApplicationRepository applications;
    private final MissionRepository missions;
    private final FeedbackRepository feedback;
    private final MessageRepository messages;

    MissionPersonalData(
            MissionApplicationRepository applications,
            MissionRepository missions,
            FeedbackRepository feedback,
            MessageRepository messages) {
        this.applications = applications;
        this.missions = missions;
        this.feedback = feedback;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "missions";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(long userId) {
        var mine = applications.findByExpertUserIdOrderByCreatedAtDesc(userId).stream()
                .map(a -> {
                    var view = a.toDetails(
                            missions.findById(a.getMissionId())
                                    .map(Mission::getTitle)
                                    .orElse(""),
                            "",
                            false);
                    return new Application(
                            view.missionId(),
                            view.missionTitle(),
                            view.invited(),
                            view.status(),
                            view.motivation(),
                            view.availability(),
                            view.appliedAt());
                })
                .toList();
        var given = feedback.findByAuthorId(userId).stream()
                .map(f -> new GivenFeedback(f.getMissionId(), f.isAboutExpert(), f.getRating(), f.getComment()))
                .toList();
        var sent = messages.findByAuthorIdOrderByCreatedAtAsc(userId).stream()
                .map(m -> new SentMessage(m.getMissionId(), m.getBodyHtml(), m.getCreatedAt()))
                .toList();
        if (mine.isEmpty() && given.isEmpty() && sent.isEmpty()) {
            return null;
        }
        return Map.of("applications", mine, "feedbackGiven", given, "messages", sent);
    }
}
