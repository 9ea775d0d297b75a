package org.passerelle.moderation;

import org.passerelle.moderation.internal.SettingsStore;
import org.springframework.stereotype.Component;

/**
 * For tests of the forum itself: lets every member post straight away and as fast as a test loop does, then puts the
 * site's settings back.
 */
@Component
public class ForumSettings {

    public static final ModerationSettings DEFAULTS = new ModerationSettings(2, 2, 10, 3, 5, 5);
    private static final ModerationSettings RELAXED = new ModerationSettings(0, 100, 10_000, 3, 10_000, 10_000);

    private final SettingsStore settings;

    ForumSettings(SettingsStore settings) {
        this.settings = settings;
    }

    public void relax() {
        settings.save(RELAXED);
    }

    public void restore() {
        settings.save(DEFAULTS);
    }
}
