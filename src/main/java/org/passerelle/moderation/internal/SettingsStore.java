package org.passerelle.moderation.internal;

import org.passerelle.moderation.ModerationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The moderation settings, one row per setting. */
@Component
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ModerationSettings load() {
        return new ModerationSettings(
                value("approval_posts", 2),
                value("new_member_links", 2),
                value("new_member_posts_per_day", 10),
                value("flags_to_hide", 3),
                value("posts_per_minute", 5),
                value("topics_per_day", 5));
    }

    public void save(ModerationSettings settings) {
        set("approval_posts", settings.approvalPosts());
        set("new_member_links", settings.newMemberLinks());
        set("new_member_posts_per_day", settings.newMemberPostsPerDay());
        set("flags_to_hide", settings.flagsToHide());
        set("posts_per_minute", settings.postsPerMinute());
        set("topics_per_day", settings.topicsPerDay());
    }

    private int value(String name, int fallback) {
        return jdbc.sql("select setting_value from moderation_setting where setting_name = ?")
                .param(name)
                .query(Integer.class)
                .optional()
                .orElse(fallback);
    }

    private void set(String name, int value) {
        if (jdbc.sql("update moderation_setting set setting_value = ? where setting_name = ?")
                        .params(value, name)
                        .update()
                == 0) {
            jdbc.sql("insert into moderation_setting (setting_name, setting_value) values (?, ?)")
                    .params(name, value)
                    .update();
        }
    }
}
