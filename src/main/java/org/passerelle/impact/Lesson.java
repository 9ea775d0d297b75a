package org.passerelle.impact;

import java.time.Instant;
import java.util.List;

/**
 * A practice or lesson of the knowledge hub: a completed mission's published summary (sanitised HTML), with its
 * mission, country, sectors, outcome and the community topic where it is discussed.
 */
public record Lesson(
        long missionId,
        String title,
        String institution,
        String country,
        List<String> sectors,
        String summaryHtml,
        long topicId,
        Instant publishedAt,
        boolean featured,
        OutcomeSums outcome) {}
