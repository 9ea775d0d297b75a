/**
 * Sector communities: one per sector, with moderators and members; topics and posts in Markdown, rendered and
 * sanitised once when written; replies, quotes, edits with history, likes, unread counts. What a post goes through
 * before it is shown (trust, watched words, limits) is asked of a {@link org.passerelle.communities.Gatekeeper}, which
 * the moderation module provides.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "directory"})
package org.passerelle.communities;

import org.springframework.modulith.ApplicationModule;
