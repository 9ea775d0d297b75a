package org.passerelle.missions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.institutions.InstitutionIT;
import org.passerelle.institutions.InstitutionReviewService;
import org.passerelle.institutions.InstitutionService;
import org.springframework.stereotype.Component;

/** Institutions with representatives, and missions in a chosen status, for tests. */
@Component
public class MissionFixtures {

    private final TestUsers users;
    private final InstitutionService institutions;
    private final InstitutionReviewService institutionReview;
    private final MissionService missions;
    private final MissionReviewService review;

    MissionFixtures(
            TestUsers users,
            InstitutionService institutions,
            InstitutionReviewService institutionReview,
            MissionService missions,
            MissionReviewService review) {
        this.users = users;
        this.institutions = institutions;
        this.institutionReview = institutionReview;
        this.missions = missions;
        this.review = review;
    }

    /** A representative of a newly registered institution, verified if asked; left signed in. */
    public UserAccount representative(String name, boolean verified) {
        var rep = users.active(name, Role.INSTITUTION_REP);
        users.signIn(rep);
        var institution = institutions.register(InstitutionIT.form(name + " institution " + System.nanoTime()));
        if (verified) {
            users.signIn(users.active("Verifying admin", Role.ADMIN));
            institutionReview.verify(institution.id());
            users.signIn(rep);
        }
        return rep;
    }

    /** Terms of reference for a two-week on-site mission in Mali next spring. */
    public static MissionForm form(String title) {
        var form = new MissionForm();
        form.setTitle(title);
        form.setSummary("Train the staff of the regional hospital in " + title.toLowerCase());
        form.setObjectives("- train **twelve** nurses\n- write the procedures");
        form.setDeliverables("A training report.");
        form.setSectors(new LinkedHashSet<>(Set.of("health")));
        form.setCountry("ML");
        form.setCity("Sikasso");
        form.setMode(WorkMode.ON_SITE);
        form.setStartDate(LocalDate.of(2027, 3, 1));
        form.setEndDate(LocalDate.of(2027, 3, 31));
        form.setDurationWeeks(2);
        form.setSkills(new LinkedHashSet<>(Set.of("nursing")));
        form.setLanguages(new ArrayList<>(List.of(new LanguageSkill("fr", ProficiencyLevel.B2))));
        form.setExpertsNeeded(1);
        form.setApplicationDeadline(LocalDate.of(2027, 2, 1));
        return form;
    }

    /** Drafts, submits and publishes a mission as the signed-in representative (an admin publishes it). */
    public MissionDetails published(UserAccount rep, MissionForm form) {
        users.signIn(rep);
        var draft = missions.create(form);
        var submitted = missions.submit(draft.id(), draft.version());
        users.signIn(users.active("Publishing admin", Role.ADMIN));
        var published = review.publish(submitted.id(), submitted.version());
        users.signIn(rep);
        return published;
    }
}
