package org.passerelle.moderation.internal;

import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.SystemTasks;
import org.passerelle.communities.ForumModerationService;
import org.passerelle.moderation.FlagReason;
import org.passerelle.moderation.StaffActionType;
import org.passerelle.moderation.WatchedWordAction;
import org.passerelle.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo moderation (default profile, once): two watched words, a post flagged once (still shown, in the queue) and a
 * post flagged by three members (hidden until reviewed), in the ICT community.
 */
@Component
@Profile("default")
class DemoModeration {

    private static final Logger log = LoggerFactory.getLogger(DemoModeration.class);

    private final WatchedWordRepository words;
    private final FlagRepository flags;
    private final ForumModerationService store;
    private final StaffLog staffLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final SystemTasks system;

    DemoModeration(
            WatchedWordRepository words,
            FlagRepository flags,
            ForumModerationService store,
            StaffLog staffLog,
            JdbcClient jdbc,
            Clock clock,
            SystemTasks system) {
        this.system = system;
        this.words = words;
        this.flags = flags;
        this.store = store;
        this.staffLog = staffLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    @Transactional
    public void createIfEmpty() {
        system.run(this::create);
    }

    private void create() {
        if (words.count() > 0 || flags.count() > 0) {
            return;
        }
        words.save(new WatchedWordEntry("casino", WatchedWordAction.BLOCK));
        words.save(new WatchedWordEntry("crypto", WatchedWordAction.REQUIRE_APPROVAL));
        var ict = jdbc.sql("select id from community where sector_code = 'ict'")
                .query(Long.class)
                .optional();
        var flaggers = jdbc.sql("select id from app_user where email like '%@experts.demo' order by id desc")
                .query(Long.class)
                .list();
        if (ict.isEmpty() || flaggers.size() < 4) {
            return;
        }
        var posts = jdbc.sql("select p.id, p.author_id, p.topic_id from post p join topic t on t.id = p.topic_id"
                        + " where t.community_id = ? and p.status = 'PUBLISHED' and p.number > 1"
                        + " order by p.created_at, p.id")
                .param(ict.get())
                .query((rs, i) -> new DemoPost(rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3)))
                .list();
        if (posts.size() < 2) {
            return;
        }
        var now = clock.instant();
        var once = posts.get(0);
        flags.save(new Flag(once.id(), other(flaggers, once.authorId(), 0), FlagReason.OFF_TOPIC, "", now));
        var thrice = posts.get(1);
        for (int i = 0; i < 3; i++) {
            flags.save(new Flag(thrice.id(), other(flaggers, thrice.authorId(), i), FlagReason.SPAM, "", now));
        }
        try {
            store.hideFlagged(thrice.id());
        } catch (RefusedException settingsAskForMoreFlags) {
            log.info("Demo moderation: two watched words and flagged posts in the ICT community");
            return;
        }
        staffLog.record(
                ict.get(),
                null,
                StaffActionType.AUTO_HIDE_POST,
                thrice.authorId(),
                thrice.topicId(),
                thrice.id(),
                "flags");
        log.info("Demo moderation: two watched words, a flagged post and a hidden one in the ICT community");
    }

    private record DemoPost(long id, Long authorId, long topicId) {}

    /** The i-th flagger who is not the author. */
    private static long other(List<Long> flaggers, Long author, int i) {
        return flaggers.stream()
                .filter(f -> !f.equals(author))
                .skip(i)
                .findFirst()
                .orElseThrow();
    }
}
