package org.passerelle.moderation;

import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.communities.Gatekeeper;
import org.passerelle.moderation.internal.SettingsStore;
import org.passerelle.moderation.internal.StaffLog;
import org.passerelle.moderation.internal.WatchedWordEntry;
import org.passerelle.moderation.internal.WatchedWordRepository;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators set the moderation settings and the watched words, and try them in a test box. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ModerationAdminService {

    private final SettingsStore settings;
    private final WatchedWordRepository words;
    private final StaffLog log;
    private final CurrentUser currentUser;

    ModerationAdminService(SettingsStore settings, WatchedWordRepository words, StaffLog log, CurrentUser currentUser) {
        this.settings = settings;
        this.words = words;
        this.log = log;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public ModerationSettings settings() {
        return settings.load();
    }

    public void saveSettings(ModerationSettings values) {
        if (values.approvalPosts() < 0
                || values.approvalPosts() > 50
                || values.newMemberLinks() < 0
                || values.newMemberPostsPerDay() < 1
                || values.flagsToHide() < 1
                || values.postsPerMinute() < 1
                || values.topicsPerDay() < 1) {
            throw new RefusedException("moderation.settings.range");
        }
        settings.save(values);
        log.record(null, currentUser.require().id(), StaffActionType.SETTINGS, null, null, null, values.toString());
    }

    @Transactional(readOnly = true)
    public List<PostRules.Word> watchedWords() {
        return words.findAllByOrderByWordAsc().stream()
                .map(w -> new PostRules.Word(w.getWord(), w.getAction()))
                .toList();
    }

    /** Adds a watched word (or changes what it does). */
    public void watch(String word, WatchedWordAction action) {
        var clean = Texts.strip(word);
        if (clean.isEmpty() || clean.length() > 100 || action == null) {
            throw new RefusedException("watched.word.invalid");
        }
        words.findByWord(clean)
                .ifPresentOrElse(w -> w.setAction(action), () -> words.save(new WatchedWordEntry(clean, action)));
        log.record(
                null, currentUser.require().id(), StaffActionType.WATCHED_WORD, null, null, null, action + " " + clean);
    }

    public void unwatch(String word) {
        var clean = Texts.strip(word);
        if (clean.isEmpty() || clean.length() > 100) {
            throw new RefusedException("watched.word.invalid");
        }
        words.findByWord(clean).ifPresent(words::delete);
        log.record(
                null, currentUser.require().id(), StaffActionType.WATCHED_WORD, null, null, null, "removed " + clean);
    }

    /** The test box: what the watched words would do to this text (for an established member). */
    @Transactional(readOnly = true)
    public Gatekeeper.Decision test(String text) {
        var facts = new PostRules.Facts(text == null ? "" : text, 0, false, 1000, 0, 0, 0, false, false);
        return PostRules.decide(facts, watchedWords(), settings.load());
    }
}
