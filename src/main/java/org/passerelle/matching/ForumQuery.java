package org.passerelle.matching;

import java.time.LocalDate;

/**
 * A forum search.
 *
 * @param communityId only this community, or null
 * @param authorId only this member's posts, or null
 * @param closed only closed (true) or open (false) topics, or null for both
 * @param titlesOnly search topic titles only
 */
public record ForumQuery(
        String text,
        Long communityId,
        Long authorId,
        LocalDate from,
        LocalDate to,
        Boolean closed,
        boolean titlesOnly) {

    public static ForumQuery text(String text) {
        return new ForumQuery(text, null, null, null, null, null, false);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
