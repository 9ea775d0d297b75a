package org.passerelle.crash;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.Application;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Registration;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumIndex;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.moderation.ForumSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application in a JVM of its own, for {@link CrashSafetyIT}: in "write" mode it writes records through the
 * services — a forum reply, a profile edit and a registration (which queues a mail) per round — and prints
 * {@code ACK n} once round n is committed, until it is killed; in "verify" mode it starts (after a kill, the start-up
 * rebuilds the indexes), lets outstanding events run, and prints what the database, the indexes and the mail outbox
 * hold for the drill, then exits. Data lives in the directory given as first argument (H2 file database and index,
 * as in production).
 */
public final class CrashDrill {

    private CrashDrill() {}

    public static void main(String[] args) throws Exception {
        var dir = Path.of(args[0]).toAbsolutePath();
        var mode = args[1];
        var app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("crash-drill");
        // the application's own H2 settings, in the drill's directory (command-line arguments win over the file)
        var configured = new Properties();
        try (var in = CrashDrill.class.getResourceAsStream("/application.properties")) {
            configured.load(in);
        }
        var url = configured
                .getProperty("spring.datasource.url")
                .replace("./data/passerelle", dir.resolve("db").toString());
        var context = app.run(
                "--spring.datasource.url=" + url,
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + dir.resolve("index"),
                "--server.port=0",
                // a mail server that refuses: every mail stays queued, so none may be lost
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=9",
                "--passerelle.mail.retry-interval=1h");
        if ("write".equals(mode)) {
            write(context);
        } else {
            verify(context);
            context.close();
            System.exit(0);
        }
    }

    private static void write(ConfigurableApplicationContext context) {
        var users = context.getBean(TestUsers.class);
        var forum = context.getBean(ForumService.class);
        var profiles = context.getBean(ExpertProfileService.class);
        var accounts = context.getBean(AccountService.class);
        var jdbc = context.getBean(JdbcClient.class);
        context.getBean(ForumSettings.class).relax();
        var topicId = jdbc.sql("select id from topic where title = 'Crash drill'")
                .query(Long.class)
                .optional();
        // the same member in every run
        var accountsStore = context.getBean(UserAccountRepository.class);
        var member = jdbc.sql("select id from app_user where display_name = 'Drill member'")
                .query(Long.class)
                .optional()
                .flatMap(accountsStore::findById)
                .orElseGet(() -> users.active("Drill member", Role.EXPERT));
        if (topicId.isEmpty()) {
            var community = context.getBean(CommunityFixtures.class).community("Drill community");
            users.signIn(member);
            context.getBean(CommunityService.class).join(community);
            var topic = new TopicForm();
            topic.setTitle("Crash drill");
            topic.setBody("Posts written until the process is killed");
            topicId = Optional.of(forum.createTopic(community, topic));
        } else {
            users.signIn(member);
            context.getBean(CommunityService.class)
                    .join(jdbc.sql("select community_id from topic where id = ?")
                            .param(topicId.get())
                            .query(Long.class)
                            .single());
        }
        var profileId = profiles.myProfileId();
        var first = jdbc.sql("select count(*) from post where raw like 'drill post %'")
                        .query(Long.class)
                        .single()
                + 1;
        System.out.println("READY " + first);
        System.out.flush();
        for (long n = first; ; n++) {
            users.signIn(member);
            forum.reply(topicId.get(), new PostForm("drill post " + n, null));
            var form = profiles.myProfile();
            form.setHeadline("drill headline " + n);
            profiles.update(profileId, form);
            users.signOut();
            var registration = new Registration();
            registration.setDisplayName("Drill " + n);
            registration.setEmail("drill-" + n + "@example.org");
            registration.setPassword(TestUsers.PASSWORD);
            registration.setPasswordConfirmation(TestUsers.PASSWORD);
            accounts.register(registration);
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }

    private static void verify(ConfigurableApplicationContext context) throws Exception {
        var jdbc = context.getBean(JdbcClient.class);
        // events published before the kill and not yet handled are republished at start-up: let them finish
        for (int i = 0;
                i < 600
                        && jdbc.sql("select count(*) from event_publication where completion_date is null")
                                        .query(Long.class)
                                        .single()
                                > 0;
                i++) {
            Thread.sleep(100);
        }
        var posts = new HashMap<Long, Long>();
        jdbc.sql("select id, raw from post where raw like 'drill post %'")
                .query((rs, row) ->
                        posts.put(Long.parseLong(rs.getString(2).substring("drill post ".length())), rs.getLong(1)))
                .list();
        var mails = new TreeSet<Long>();
        jdbc.sql("select recipient from outgoing_mail where recipient like 'drill-%@example.org'")
                .query((rs, row) -> mails.add(Long.parseLong(rs.getString(1).replaceAll("\\D", ""))))
                .list();
        var headline = jdbc.sql("select p.headline from expert_profile p join app_user u on u.id = p.user_id"
                        + " where u.display_name = 'Drill member'")
                .query(String.class)
                .single();
        var entityManagers = context.getBean(EntityManagerFactory.class);
        List<Long> indexedPosts;
        long headlineHits;
        try (var entityManager = entityManagers.createEntityManager()) {
            var session = Search.session(entityManager);
            indexedPosts = session.search(session.scope(Object.class, ForumIndex.ENTITY))
                    .select(f -> f.id(Long.class))
                    .where(f -> f.matchAll())
                    .fetchAllHits();
            headlineHits = session.search(session.scope(Object.class, ExpertIndex.ENTITY))
                    .where(f -> f.phrase().field(ExpertIndex.HEADLINE_EN).matching(headline))
                    .fetchTotalHitCount();
        }
        var missingFromIndex = new ArrayList<Long>();
        posts.forEach((n, id) -> {
            if (!indexedPosts.contains(id)) {
                missingFromIndex.add(n);
            }
        });
        var allPostIds = jdbc.sql("select id from post").query(Long.class).list();
        var indexOnly =
                indexedPosts.stream().filter(id -> !allPostIds.contains(id)).count();
        var report = new StringBuilder();
        report.append("POSTS ").append(new TreeSet<>(posts.keySet())).append('\n');
        report.append("MAILS ").append(mails).append('\n');
        report.append("HEADLINE ").append(headline).append('\n');
        report.append("HEADLINE_IN_INDEX ").append(headlineHits).append('\n');
        report.append("MISSING_FROM_INDEX ").append(missingFromIndex).append('\n');
        report.append("ONLY_IN_INDEX ").append(indexOnly).append('\n');
        Files.writeString(Path.of(System.getProperty("drill.report", "drill-report.txt")), report.toString());
        System.out.println("VERIFIED");
        System.out.flush();
    }

    static Map<String, String> parse(List<String> lines) {
        var result = new HashMap<String, String>();
        for (var line : lines) {
            var space = line.indexOf(' ');
            if (space > 0) {
                result.put(
                        line.substring(0, space),
                        line.substring(space + 1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }
}
