package org.passerelle.missions.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.missions.FeedbackForm;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionForm;
import org.passerelle.missions.OutcomeForm;
import org.passerelle.missions.WorkMode;

/**
 * What {@code demo/missions.json} holds: the missions of the institution the representative belongs to, each with the
 * steps that bring it where it is, in order. People are named by their account's e-mail address.
 */
record DemoMissionsFile(String representative, List<DemoMission> missions) {

    /** Every address the file names, the representative's first. */
    List<String> people() {
        var steps = missions.stream().flatMap(m -> m.steps().stream()).flatMap(Step::people);
        var summaries = missions.stream()
                .map(DemoMission::forumSummary)
                .filter(Objects::nonNull)
                .map(ForumSummary::by);
        return Stream.of(Stream.of(representative), steps, summaries)
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** A mission's terms of reference, dates counted from the day the demo starts, and what happened to it. */
    record DemoMission(
            String title,
            String summary,
            String objectives,
            String deliverables,
            List<String> sectors,
            String country,
            String region,
            WorkMode mode,
            int startInMonths,
            int startInWeeks,
            int durationWeeks,
            int endWeeksAfterStart,
            int deadlineWeeksBeforeStart,
            List<String> skills,
            List<LanguageSkill> languages,
            int expertsNeeded,
            boolean coversTravel,
            boolean coversLodging,
            List<Step> steps,
            ForumSummary forumSummary) {

        MissionForm form(LocalDate today) {
            var start = today.plusMonths(startInMonths).plusWeeks(startInWeeks);
            var form = new MissionForm();
            form.setTitle(title);
            form.setSummary(summary);
            form.setObjectives(objectives);
            form.setDeliverables(deliverables);
            form.setSectors(new LinkedHashSet<>(sectors));
            form.setCountry(country);
            form.setRegion(region);
            form.setMode(mode);
            form.setStartDate(start);
            form.setEndDate(start.plusWeeks(endWeeksAfterStart));
            form.setDurationWeeks(durationWeeks);
            form.setSkills(new LinkedHashSet<>(skills));
            if (languages != null) {
                form.setLanguages(new ArrayList<>(languages));
            }
            form.setExpertsNeeded(expertsNeeded);
            form.setCoversTravel(coversTravel);
            form.setCoversLodging(coversLodging);
            form.setApplicationDeadline(start.minusWeeks(deadlineWeeksBeforeStart));
            return form;
        }
    }

    /** One thing that happened to a mission; which one is told by its first field. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
    @JsonSubTypes({
        @JsonSubTypes.Type(Move.class),
        @JsonSubTypes.Type(Apply.class),
        @JsonSubTypes.Type(Invite.class),
        @JsonSubTypes.Type(Note.class),
        @JsonSubTypes.Type(Results.class),
        @JsonSubTypes.Type(Review.class)
    })
    sealed interface Step {

        /** The addresses of the people the step names. */
        Stream<String> people();
    }

    /** A move through the life cycle, by someone ({@code by} absent: by the platform), with its reason if any. */
    record Move(MissionAction move, String by, String reason) implements Step {
        public Stream<String> people() {
            return Stream.of(by);
        }
    }

    /** An expert applies, and is selected if said so. */
    record Apply(String apply, String motivation, boolean selected) implements Step {
        public Stream<String> people() {
            return Stream.of(apply);
        }
    }

    /** The institution invites an expert to apply. */
    record Invite(String invite, String text) implements Step {
        public Stream<String> people() {
            return Stream.of(invite);
        }
    }

    /** A message (HTML) in the mission's conversation. */
    record Note(String message, String from) implements Step {
        public Stream<String> people() {
            return Stream.of(from);
        }
    }

    /** The outcome the institution records. */
    record Results(OutcomeForm outcome, String by) implements Step {
        public Stream<String> people() {
            return Stream.of(by);
        }
    }

    /** Feedback on the expert ({@code aboutExpert}) or, by the expert, on the institution. */
    record Review(FeedbackForm feedback, String by, String expert, boolean aboutExpert) implements Step {
        public Stream<String> people() {
            return Stream.of(by, expert);
        }
    }

    /** The mission's summary, published in its sector's community once the communities exist. */
    record ForumSummary(String by, String text, boolean featured) {}
}
