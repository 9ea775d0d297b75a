package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.EmailChange;
import org.passerelle.accounts.NewPassword;
import org.passerelle.accounts.Registration;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.UserAdminService;
import org.passerelle.accounts.WrongPasswordException;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.communities.CommunityAdminService;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityForm;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.directory.Experience;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileLink;
import org.passerelle.directory.Qualification;
import org.passerelle.directory.SectorForm;
import org.passerelle.directory.SectorService;
import org.passerelle.impact.AtlasService;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.ImpactService;
import org.passerelle.impact.KnowledgeService;
import org.passerelle.impact.Measure;
import org.passerelle.impact.OpenDataService;
import org.passerelle.institutions.InstitutionService;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.passerelle.matching.ForumQuery;
import org.passerelle.matching.ForumSearchService;
import org.passerelle.matching.MissionQuery;
import org.passerelle.matching.MissionSearchService;
import org.passerelle.missions.ApplicationForm;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.MissionDiscussionService;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.missions.MissionService;
import org.passerelle.moderation.MemberModerationService;
import org.passerelle.moderation.ModerationAdminService;
import org.passerelle.moderation.RelaxedForum;
import org.passerelle.moderation.ReviewService;
import org.passerelle.moderation.StaffLogService;
import org.passerelle.moderation.StaffMessageService;
import org.passerelle.moderation.WatchedWordAction;
import org.passerelle.notifications.NotificationService;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.SafeHtml;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The hostile-input corpus ({@link HostileInputs}, over 500 strings) through every text field of every form and every
 * free-text parameter of the application services, as the user who may use it: each call either goes through or is
 * refused with a message the user can read (a validation message, a refusal with a translated key, a wrong password);
 * anything else (a database error, a search syntax error, a null pointer…) is a failure. What goes through and is
 * shown as HTML (biographies, posts, mission texts, mission talk) must be safe when parsed ({@link SafeHtml}).
 */
@IntegrationTest
@ExtendWith(RelaxedForum.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    @Autowired
    TestUsers users;

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    SectorService sectors;

    @Autowired
    ExpertSearchService expertSearch;

    @Autowired
    MissionSearchService missionSearch;

    @Autowired
    ForumSearchService forumSearch;

    @Autowired
    MissionService missions;

    @Autowired
    ApplicationService applications;

    @Autowired
    MissionDiscussionService discussion;

    @Autowired
    InstitutionService institutions;

    @Autowired
    CommunityService communities;

    @Autowired
    CommunityAdminService communityAdmin;

    @Autowired
    ForumService forum;

    @Autowired
    ReviewService review;

    @Autowired
    MemberModerationService memberModeration;

    @Autowired
    ModerationAdminService moderationAdmin;

    @Autowired
    StaffMessageService staffMessages;

    @Autowired
    StaffLogService staffLog;

    @Autowired
    NotificationService notifications;

    @Autowired
    AtlasService atlas;

    @Autowired
    ImpactService impact;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    OpenDataService openData;

    private UserAccount expert;
    private UserAccount rep;
    private UserAccount moderator;
    private UserAccount admin;
    private long profileId;
    private long draftId;
    private long publishedId;
    private long staffedId;
    private long communityId;
    private long topicId;
    private long ownPostId;
    private long penaltyId;
    private String sectorCode;

    @BeforeAll
    void aSmallWorld() {
        admin = users.active("Hostile admin", Role.ADMIN);
        moderator = users.active("Hostile moderator", Role.MODERATOR);
        rep = missionFixtures.representative("Hostile rep", true);
        draftId = missions.create(MissionFixtures.form("Hostile draft")).id();
        publishedId = missionFixtures
                .published(rep, MissionFixtures.form("Hostile open"))
                .id();
        var staffed = missionFixtures.published(rep, MissionFixtures.form("Hostile staffed"));
        staffedId = staffed.id();
        expert = users.active("Hostile expert", Role.EXPERT);
        users.signIn(expert);
        profileId = profiles.myProfileId();
        var application = applications.apply(staffedId, new ApplicationForm("Ready", ""));
        users.signIn(rep);
        applications.select(application.id(), application.version());

        communityId = communityFixtures.community("Hostile community", moderator);
        sectorCode = communityFixtures.freshSector();
        users.signIn(expert);
        communities.join(communityId);
        var topic = new TopicForm();
        topic.setTitle("Hostile topic");
        topic.setBody("Opening post");
        topicId = forum.createTopic(communityId, topic);
        ownPostId = forum.reply(topicId, new PostForm("My reply", null)).id();
        users.signIn(moderator);
        memberModeration.warn(expert.getId(), "A warning");
        users.signIn(expert);
        penaltyId = staffMessages.threads().getFirst().penaltyId();
        users.signOut();
    }

    @Test
    void everyHostileStringThroughEveryFieldIsTakenOrRefusedWithAMessage() {
        var corpus = HostileInputs.all();
        assertThat(corpus).as("corpus size").hasSizeGreaterThanOrEqualTo(500);
        var failures = new ArrayList<String>();
        int calls = 0;
        int accepted = 0;
        int refused = 0;
        for (var sink : sinks().entrySet()) {
            for (var hostile : corpus) {
                calls++;
                sink.getValue().signIn.run();
                try {
                    sink.getValue().action.accept(hostile);
                    accepted++;
                } catch (ConstraintViolationException
                        | RefusedException
                        | WrongPasswordException
                        | ExpertProfileService.UnknownReferenceException
                        | SectorService.SectorCodeException userMessage) {
                    refused++;
                } catch (Throwable unexpected) {
                    failures.add("%s with %s: %s"
                            .formatted(
                                    sink.getKey(),
                                    HostileInputs.shown(hostile),
                                    HostileInputs.shown(String.valueOf(unexpected))));
                } finally {
                    users.signOut();
                }
            }
        }
        System.out.printf(
                "hostile input: %d strings × %d sinks = %d calls, %d taken, %d refused with a message, %d failures%n",
                corpus.size(), sinks().size(), calls, accepted, refused, failures.size());
        assertThat(failures).isEmpty();
    }

    /** A place hostile text can enter, and as whom. */
    record Sink(Runnable signIn, Consumer<String> action) {}

    private Map<String, Sink> sinks() {
        var sinks = new LinkedHashMap<String, Sink>();
        Runnable anonymous = users::signOut;
        Runnable asExpert = () -> users.signIn(expert);
        Runnable asRep = () -> users.signIn(rep);
        Runnable asModerator = () -> users.signIn(moderator);
        Runnable asAdmin = () -> users.signIn(admin);

        // accounts
        sinks.put(
                "registration, every field", new Sink(anonymous, s -> accounts.register(fill(new Registration(), s))));
        sinks.put("password reset request", new Sink(anonymous, accounts::requestPasswordReset));
        sinks.put("resend verification", new Sink(anonymous, accounts::resendVerification));
        sinks.put("verify e-mail token", new Sink(anonymous, accounts::verifyEmail));
        sinks.put("confirm e-mail change token", new Sink(anonymous, accounts::confirmEmailChange));
        sinks.put(
                "reset password token and fields",
                new Sink(anonymous, s -> accounts.resetPassword(s, fill(new NewPassword(), s))));
        sinks.put("unsubscribe token", new Sink(anonymous, notifications::unsubscribe));
        sinks.put(
                "change e-mail, every field",
                new Sink(asExpert, s -> accounts.requestEmailChange(fill(new EmailChange(), s))));
        sinks.put(
                "change password, every field",
                new Sink(asExpert, s -> accounts.changePassword(fill(new NewPassword(), s))));
        sinks.put("delete account password", new Sink(asExpert, accounts::deleteMyAccount));
        sinks.put("admin user search", new Sink(asAdmin, s -> {
            userAdmin.search(s, PageRequest.of(0, 10));
            userAdmin.count(s);
        }));

        // directory and search
        sinks.put("profile, every text field", new Sink(asExpert, this::profile));
        sinks.put("directory search", new Sink(anonymous, s -> {
            expertSearch.page(ExpertQuery.all().withText(s), 0, 10);
            expertSearch.facets(ExpertQuery.all().withText(s));
        }));
        sinks.put(
                "mission search",
                new Sink(anonymous, s -> missionSearch.search(MissionQuery.all().withText(s), 0, 10)));
        sinks.put("forum search", new Sink(asExpert, s -> forumSearch.search(ForumQuery.text(s), 0, 10)));
        sinks.put("sector names", new Sink(asAdmin, s -> {
            var form = new SectorForm();
            fill(form, s);
            form.setCode(sectorCode);
            sectors.rename(form);
        }));
        sinks.put("sector code", new Sink(asAdmin, s -> sectors.setActive(s, true)));

        // institutions and missions
        sinks.put(
                "institution, every field",
                new Sink(
                        asRep,
                        s -> institutions.update(fill(institutions.myForm().orElseThrow(), s))));
        sinks.put("mission draft, every field", new Sink(asRep, this::mission));
        sinks.put("application motivation and availability", new Sink(anonymous, s -> {
            users.signIn(users.active("Applicant", Role.EXPERT));
            applications.apply(publishedId, new ApplicationForm(s, s));
        }));
        sinks.put("invitation message", new Sink(asRep, s -> applications.invite(publishedId, profileId, s)));
        sinks.put("mission talk", new Sink(asExpert, s -> {
            discussion.post(staffedId, s);
            assertSafe(discussion.messages(staffedId).getLast().bodyHtml());
        }));

        // forum and moderation
        sinks.put("topic title and body", new Sink(asExpert, s -> {
            var topic = new TopicForm();
            topic.setTitle(s);
            topic.setBody(s);
            topic.setTags(List.of(s));
            var id = forum.createTopic(communityId, topic);
            forum.topic(id, 1).posts().forEach(post -> assertSafe(post.cooked()));
        }));
        sinks.put(
                "reply",
                new Sink(
                        asExpert,
                        s -> assertSafe(
                                forum.reply(topicId, new PostForm(s, null)).cooked())));
        sinks.put(
                "edit",
                new Sink(
                        asExpert,
                        s -> assertSafe(
                                forum.edit(ownPostId, new PostForm(s, null)).cooked())));
        sinks.put("preview", new Sink(asExpert, s -> assertSafe(forum.preview(s))));
        sinks.put("answer to the moderators", new Sink(asExpert, s -> staffMessages.reply(penaltyId, s)));
        sinks.put("moderator edit and reason", new Sink(asModerator, s -> review.edit(ownPostId, s, s)));
        sinks.put("warning text", new Sink(asModerator, s -> memberModeration.warn(expert.getId(), s)));
        sinks.put("silence reason", new Sink(asModerator, s -> {
            memberModeration.silence(expert.getId(), Duration.ofHours(1), s);
            memberModeration.lift(expert.getId(), s);
        }));
        sinks.put("watched words", new Sink(asAdmin, s -> {
            moderationAdmin.test(s);
            try {
                moderationAdmin.watch(s, WatchedWordAction.REQUIRE_APPROVAL);
            } finally {
                moderationAdmin.unwatch(s);
            }
        }));
        sinks.put("staff log filter", new Sink(asModerator, s -> staffLog.latest(null, null, s, 10)));
        sinks.put("community, every field", new Sink(asAdmin, s -> {
            var form = fill(new CommunityForm(), s);
            form.setSectorCode(sectorCode);
            form.setTags(List.of(s));
            communityAdmin.update(communityId, form);
        }));
        sinks.put("community sector code", new Sink(asAdmin, s -> {
            var form = new CommunityForm();
            form.setNameEn("Name");
            form.setNameFr("Nom");
            form.setSectorCode(s);
            communityAdmin.update(communityId, form);
        }));

        // atlas, impact, knowledge, open data
        sinks.put("atlas parameters", new Sink(anonymous, s -> {
            atlas.country(s);
            atlas.totals(s, s);
            for (var measure : Measure.values()) {
                atlas.byCountry(measure, s);
                atlas.breakdown(measure, s, s, s);
            }
        }));
        sinks.put("impact filter", new Sink(anonymous, s -> impact.dashboard(new ImpactFilter(s, s, null, null))));
        sinks.put("knowledge filter", new Sink(anonymous, s -> knowledge.lessons(s, s)));
        sinks.put("open data filters", new Sink(anonymous, s -> {
            openData.missions(s, s, 0, 10);
            openData.institutions(s, 0, 10);
        }));
        return sinks;
    }

    private void profile(String s) {
        var form = fill(profiles.myProfile(), s);
        form.setQualifications(List.of(new Qualification(null, Qualification.Kind.DEGREE, s, s, 2000, false)));
        form.setExperience(List.of(new Experience(s, s, s, 2000, 2001, s)));
        form.setLinks(List.of(new ProfileLink(ProfileLink.Kind.values()[0], s, s)));
        profiles.update(profileId, form);
        profiles.view(profileId).ifPresent(view -> assertSafe(view.bioHtml()));
    }

    private void mission(String s) {
        var form = fill(missions.form(draftId), s);
        var current = missions.get(draftId);
        var saved = missions.update(draftId, current.version(), form);
        assertSafe(saved.objectivesHtml());
        assertSafe(saved.deliverablesHtml());
    }

    /** Sets every writable String property of a form (a bean) to the hostile string. */
    private static <T> T fill(T form, String hostile) {
        var bean = new BeanWrapperImpl(form);
        for (var property : bean.getPropertyDescriptors()) {
            if (property.getPropertyType() == String.class && property.getWriteMethod() != null) {
                bean.setPropertyValue(property.getName(), hostile);
            }
        }
        return form;
    }

    private static void assertSafe(String html) {
        assertThat(SafeHtml.problems(html)).as(html).isEmpty();
    }
}
