package org.passerelle.missions;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.communities.ForumPublisher;
import org.passerelle.directory.ExpertAccounts;
import org.passerelle.missions.internal.Feedback;
import org.passerelle.missions.internal.FeedbackRepository;
import org.passerelle.missions.internal.Mission;
import org.passerelle.missions.internal.MissionAccess;
import org.passerelle.missions.internal.MissionSummary;
import org.passerelle.missions.internal.MissionSummaryRepository;
import org.passerelle.missions.internal.MissionTransitions;
import org.passerelle.missions.internal.Outcome;
import org.passerelle.missions.internal.OutcomeRepository;
import org.passerelle.missions.internal.Participants;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The end of a completed mission: the institution records its outcomes and rates each selected expert; each selected
 * expert rates the institution. Once outcomes exist and both sides have given all their feedback, the mission is
 * evaluated.
 */
@Service
@Validated
@Transactional
public class MissionClosingService {

    private final MissionAccess access;
    private final Participants participants;
    private final FeedbackRepository feedback;
    private final OutcomeRepository outcomes;
    private final MissionTransitions transitions;
    private final ExpertAccounts experts;
    private final ForumPublisher publisher;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MissionSummaryRepository summaries;

    MissionClosingService(
            MissionAccess access,
            Participants participants,
            FeedbackRepository feedback,
            OutcomeRepository outcomes,
            MissionTransitions transitions,
            ExpertAccounts experts,
            ForumPublisher publisher,
            CurrentUser currentUser,
            Clock clock,
            MissionSummaryRepository summaries) {
        this.summaries = summaries;
        this.access = access;
        this.participants = participants;
        this.feedback = feedback;
        this.outcomes = outcomes;
        this.transitions = transitions;
        this.experts = experts;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records (or corrects) the outcomes of the representative's completed mission. */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    public void recordOutcomes(long missionId, @Valid OutcomeForm form) {
        var mission = closing(access.mine(missionId));
        var outcome = outcomes.findById(missionId).orElseGet(() -> new Outcome(missionId));
        outcome.record(form, currentUser.require().id(), clock.instant());
        outcomes.save(outcome);
        evaluateIfComplete(mission);
    }

    /** The institution rates one of the mission's selected experts (once). */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    public void rateExpert(long missionId, long expertUserId, @Valid FeedbackForm form) {
        var mission = closing(access.mine(missionId));
        if (!participants.selectedExperts(missionId).contains(expertUserId)) {
            throw new RefusedException("feedback.notParticipant");
        }
        give(mission, expertUserId, true, form);
    }

    /**
     * Publishes a summary of the completed mission as a topic in the community of its (first) sector, for others to
     * learn from; returns the topic id.
     */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    public long publishSummary(long missionId, String summary) {
        if (summary == null || summary.isBlank() || summary.length() > 10_000) {
            throw new RefusedException("closing.summary.length");
        }
        var mission = closing(access.mine(missionId));
        var view = mission.toDetails();
        var sector = view.sectors().stream().sorted().findFirst().orElseThrow();
        var title = view.title().length() > 180 ? view.title().substring(0, 180) : view.title();
        var me = currentUser.require().id();
        var topicId = publisher.publish(sector, me, title, summary);
        // kept with the mission too, for the knowledge hub
        var kept = summaries.findById(missionId).orElseGet(() -> new MissionSummary(missionId));
        kept.published(summary, topicId, me, clock.instant());
        summaries.save(kept);
        return topicId;
    }

    /** Whether the signed-in user may feature summaries in the knowledge hub. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean mayFeatureSummaries() {
        return currentUser.get().map(CurrentUser.SignedIn::staff).orElse(false);
    }

    /** Moderators and administrators feature a summary in the knowledge hub (or stop featuring it). */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public void featureSummary(long missionId, boolean featured) {
        summaries
                .findById(missionId)
                .orElseThrow(() -> new RefusedException("knowledge.none.entry"))
                .setFeatured(featured);
    }

    /** A selected expert rates the institution (once). */
    @PreAuthorize("hasRole('EXPERT')")
    public void rateInstitution(long missionId, @Valid FeedbackForm form) {
        var mission = closing(access.find(missionId));
        var me = currentUser.require().id();
        if (!participants.selectedExperts(missionId).contains(me)) {
            throw new RefusedException("mission.none");
        }
        give(mission, me, false, form);
    }

    /** The end of the mission as the reader (its institution or one of its selected experts) may see it. */
    @PreAuthorize("hasAnyRole('INSTITUTION_REP', 'EXPERT')")
    @Transactional(readOnly = true)
    public ClosingDetails closing(long missionId) {
        var mission = participants.participating(missionId);
        var institution = access.isMine(mission);
        var me = currentUser.require().id();
        var given = feedback.findByMissionIdOrderByIdAsc(missionId);
        var visible = given.stream()
                .filter(f -> institution || f.getExpertUserId() == me)
                .map(f -> new ClosingDetails.Feedback(
                        name(f.getExpertUserId()), f.isAboutExpert(), f.getRating(), f.getComment()))
                .toList();
        var awaiting = new ArrayList<ClosingDetails.Participant>();
        if (MissionLifecycle.closing(mission.getStatus())) {
            if (institution) {
                for (var expert : participants.selectedExperts(missionId)) {
                    if (given.stream().noneMatch(f -> f.isAboutExpert() && expert.equals(f.getExpertUserId()))) {
                        awaiting.add(new ClosingDetails.Participant(expert, name(expert)));
                    }
                }
            } else if (given.stream().noneMatch(f -> !f.isAboutExpert() && f.getExpertUserId() == me)) {
                awaiting.add(
                        new ClosingDetails.Participant(null, mission.toDetails().institutionName()));
            }
        }
        return new ClosingDetails(
                outcomes.findById(missionId).map(Outcome::toForm).orElse(null), visible, awaiting);
    }

    private void give(Mission mission, long expertUserId, boolean aboutExpert, FeedbackForm form) {
        if (feedback.existsByMissionIdAndExpertUserIdAndAboutExpert(mission.getId(), expertUserId, aboutExpert)) {
            throw new RefusedException("feedback.alreadyGiven");
        }
        feedback.save(new Feedback(
                mission.getId(), currentUser.require().id(), expertUserId, aboutExpert, form, clock.instant()));
        evaluateIfComplete(mission);
    }

    /** Completed, outcomes recorded, every selected expert rated and rating: evaluated. */
    private void evaluateIfComplete(Mission mission) {
        if (mission.getStatus() != MissionStatus.COMPLETED
                || outcomes.findById(mission.getId()).isEmpty()) {
            return;
        }
        feedback.flush();
        var given = feedback.findByMissionIdOrderByIdAsc(mission.getId());
        for (var expert : participants.selectedExperts(mission.getId())) {
            var rated = given.stream().anyMatch(f -> f.isAboutExpert() && expert.equals(f.getExpertUserId()));
            var rating = given.stream().anyMatch(f -> !f.isAboutExpert() && expert.equals(f.getExpertUserId()));
            if (!rated || !rating) {
                return;
            }
        }
        transitions.move(mission, MissionAction.EVALUATE, null, "");
    }

    private static Mission closing(Mission mission) {
        if (!MissionLifecycle.closing(mission.getStatus())) {
            throw new RefusedException("feedback.notCompleted");
        }
        return mission;
    }

    private String name(long expertUserId) {
        return experts.ofUser(expertUserId)
                .map(ExpertAccounts.ExpertRef::displayName)
                .orElse("");
    }
}
