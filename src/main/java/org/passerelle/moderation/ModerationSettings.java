package org.passerelle.moderation;

/**
 * The site's moderation settings.
 *
 * @param approvalPosts a member's first posts that wait for approval
 * @param newMemberLinks links allowed in a post while a member is new (has fewer published posts than that)
 * @param newMemberPostsPerDay posts a day while a member is new
 * @param flagsToHide flags from different members that hide a post until reviewed
 * @param postsPerMinute posts a minute for everyone
 * @param topicsPerDay topics a day for everyone
 */
public record ModerationSettings(
        int approvalPosts,
        int newMemberLinks,
        int newMemberPostsPerDay,
        int flagsToHide,
        int postsPerMinute,
        int topicsPerDay) {}
