package org.passerelle.missions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.passerelle.directory.LanguageSkill;

/**
 * A mission as its readers see it. {@code version} changes with every edit or transition: actions carry the version
 * the user saw, so that a stale browser tab is told the mission changed instead of acting on something else.
 *
 * @param objectivesHtml the objectives rendered from Markdown and sanitised
 * @param deliverablesHtml the deliverables rendered from Markdown and sanitised
 */
public record MissionDetails(
        long id,
        long version,
        long institutionId,
        String institutionName,
        String title,
        String summary,
        String objectivesHtml,
        String deliverablesHtml,
        Set<String> sectors,
        String country,
        String region,
        String city,
        WorkMode mode,
        LocalDate startDate,
        LocalDate endDate,
        int durationWeeks,
        Set<String> skills,
        List<LanguageSkill> languages,
        int expertsNeeded,
        boolean coversTravel,
        boolean coversLodging,
        boolean coversAllowance,
        LocalDate applicationDeadline,
        MissionStatus status,
        Instant publishedAt,
        Instant updatedAt) {}
