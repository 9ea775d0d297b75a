package org.passerelle.communities.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.accounts.SystemTasks;
import org.passerelle.communities.PostStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo communities (default profile, none yet): five sectors moderated by moderator@passerelle.demo, with members,
 * topics of various lengths — one of 520 posts — in French and English, likes, and two posts by a new member
 * waiting for approval.
 */
@Component
@Profile("default")
class DemoCommunities {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunities.class);

    private record Sample(
            String sector, String en, String fr, String descriptionEn, String descriptionFr, List<String> tags) {}

    private static final List<Sample> COMMUNITIES = List.of(
            new Sample(
                    "health",
                    "Health",
                    "Santé",
                    "Doctors, nurses, midwives and public health experts.",
                    "Médecins, infirmiers, sages-femmes et experts de santé publique.",
                    List.of("question", "mission", "event", "resource")),
            new Sample(
                    "water",
                    "Water & sanitation",
                    "Eau et assainissement",
                    "Boreholes, treatment, sanitation and water governance.",
                    "Forages, traitement, assainissement et gouvernance de l’eau.",
                    List.of("question", "resource")),
            new Sample(
                    "ict",
                    "ICT & digital",
                    "Numérique et TIC",
                    "Software, telecoms, data and digital public services.",
                    "Logiciel, télécoms, données et services publics numériques.",
                    List.of("question", "event")),
            new Sample(
                    "education",
                    "Education",
                    "Éducation",
                    "Teacher training, curricula and e-learning.",
                    "Formation des enseignants, programmes et e-learning.",
                    List.of("question", "resource")),
            new Sample(
                    "entrepreneurship",
                    "Entrepreneurship & investment",
                    "Entrepreneuriat et investissement",
                    "Start-ups, SMEs, diaspora investment and remittances.",
                    "Start-up, PME, investissement de la diaspora et transferts.",
                    List.of("question", "event")));

    private static final List<String> REPLIES = List.of(
            "Merci pour ce partage, c’est très utile pour notre équipe à Bamako.",
            "We tried this in Senegal last year: the key was training the local technicians first.",
            "Avez-vous des contacts au ministère pour aller plus loin ?",
            "I can share our **checklist** — it fits on one page.",
            "Bonne idée. Il faudrait aussi penser à la maintenance après la mission.",
            "Here is the guide we used: [WHO guidelines](https://www.who.int/publications)",
            "D’accord avec la remarque précédente : sans suivi, les acquis se perdent.",
            "Could we organise a short webinar on this next month?");

    private final CommunityRepository communities;
    private final CommunityMemberRepository members;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final AccountSeeder accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final SystemTasks system;

    DemoCommunities(
            CommunityRepository communities,
            CommunityMemberRepository members,
            TopicRepository topics,
            PostRepository posts,
            AccountSeeder accounts,
            JdbcClient jdbc,
            Clock clock,
            SystemTasks system) {
        this.system = system;
        this.communities = communities;
        this.members = members;
        this.topics = topics;
        this.posts = posts;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    @Transactional
    public void createIfEmpty() {
        system.run(this::create);
    }

    private void create() {
        if (communities.count() > 0) {
            return;
        }
        var moderator = accounts.idOf("moderator@passerelle.demo").orElse(null);
        var fatou = accounts.idOf("expert@passerelle.demo").orElse(null);
        var jean = accounts.idOf("engineer@passerelle.demo").orElse(null);
        if (moderator == null || fatou == null || jean == null) {
            return;
        }
        var voices = new ArrayList<>(List.of(moderator, fatou, jean));
        jdbc
                .sql("select id from app_user where email like '%@experts.demo' order by id")
                .query(Long.class)
                .list()
                .stream()
                .limit(12)
                .forEach(voices::add);
        var random = new Random(5);
        var start = clock.instant().minus(Duration.ofDays(60));
        var totalPosts = 0;
        for (var sample : COMMUNITIES) {
            var community = new Community(sample.sector(), start);
            community.describe(
                    sample.en(),
                    sample.fr(),
                    sample.descriptionEn(),
                    sample.descriptionFr(),
                    !sample.sector().equals("entrepreneurship"),
                    sample.tags());
            community.getModerators().add(moderator);
            communities.save(community);
            for (var voice : voices) {
                if (!voice.equals(moderator)) {
                    members.save(new CommunityMember(community.getId(), voice, true, start));
                }
            }
            var lengths = sample.sector().equals("health") ? List.of(520, 35, 8, 3) : List.of(24, 6, 2);
            var index = 0;
            for (var length : lengths) {
                index++;
                var title = sample.sector().equals("health") && length == 520
                        ? "Retours d’expérience : missions de santé au Sahel"
                        : (index % 2 == 0 ? "Question: " : "Échanges : ")
                                + sample.en().toLowerCase() + " (" + index + ")";
                var author = voices.get(random.nextInt(voices.size()));
                var at = start.plus(Duration.ofHours(index * 7L));
                var topic = topics.save(new Topic(
                        community.getId(), author, title, List.of(sample.tags().getFirst()), at));
                if (index == 1) {
                    topic.setPinned(sample.sector().equals("health"));
                }
                for (int number = 1; number <= length; number++) {
                    var writer = number == 1 ? author : voices.get(random.nextInt(voices.size()));
                    var when = at.plus(Duration.ofMinutes(number * 37L));
                    var text = number == 1
                            ? "Ouvrons la discussion sur ce sujet. What worked for you, what did not?"
                            : REPLIES.get(random.nextInt(REPLIES.size())) + (length > 100 ? " (#" + number + ")" : "");
                    var post = new Post(
                            topic.getId(),
                            writer,
                            number,
                            text,
                            number > 2 && random.nextInt(5) == 0 ? number - 1 : null,
                            PostStatus.PUBLISHED,
                            when);
                    post.indexWith(topic);
                    posts.save(post);
                    topic.published(when);
                    if (random.nextInt(4) == 0 && !writer.equals(moderator)) {
                        post.liked(1);
                        topic.liked(1);
                    }
                    totalPosts++;
                }
            }
        }
        // a new member whose first posts wait for the moderator
        var newcomer = voices.getLast();
        var water = communities.findBySectorCode("water").orElseThrow();
        var first = topics.latest(water.getId(), PageRequest.of(0, 1)).getFirst();
        for (var text : List.of(
                "Bonjour à tous, je découvre la communauté.", "Quelqu’un connaît des pompes solaires fiables ?")) {
            var number = posts.lastNumber(first.getId()) + 1;
            posts.save(new Post(first.getId(), newcomer, number, text, null, PostStatus.PENDING, clock.instant()));
        }
        log.info(
                "Demo communities: {} communities, {} posts (one topic of 520), 2 posts waiting for approval",
                communities.count(),
                totalPosts);
    }
}
