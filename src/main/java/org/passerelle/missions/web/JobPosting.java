package org.passerelle.missions.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.directory.Countries;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionStatus;
import org.passerelle.missions.WorkMode;
import org.passerelle.shared.web.Site;
import org.springframework.web.util.HtmlUtils;

/**
 * A mission as schema.org structured data: a {@code JobPosting} for a volunteer opportunity (Google's job search reads
 * it), with its dates, place or remote work, and the hiring institution.
 */
final class JobPosting {

    private JobPosting() {}

    static Map<String, Object> of(
            MissionDetails mission, Site site, Map<String, String> sectorNames, Countries countries) {
        var url = site.absolute("/mission/" + mission.id());
        var posting = new LinkedHashMap<String, Object>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("title", mission.title());
        posting.put("description", description(mission));
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", "Passerelle", "value", mission.id()));
        posting.put("url", url);
        if (mission.publishedAt() != null) {
            posting.put(
                    "datePosted",
                    mission.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        posting.put("validThrough", validThrough(mission).toString());
        posting.put("employmentType", List.of("VOLUNTEER", "TEMPORARY"));
        posting.put("jobStartDate", mission.startDate().toString());
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", mission.institutionName()));
        var address = new LinkedHashMap<String, Object>();
        address.put("@type", "PostalAddress");
        if (!mission.city().isEmpty()) {
            address.put("addressLocality", mission.city());
        }
        if (!mission.region().isEmpty()) {
            address.put("addressRegion", mission.region());
        }
        address.put("addressCountry", mission.country());
        if (mission.mode() != WorkMode.REMOTE) {
            posting.put("jobLocation", Map.of("@type", "Place", "address", address));
        }
        if (mission.mode() != WorkMode.ON_SITE) {
            posting.put("jobLocationType", "TELECOMMUTE");
            posting.put(
                    "applicantLocationRequirements",
                    Map.of("@type", "Country", "name", countries.name(mission.country(), Locale.ENGLISH)));
        }
        posting.put(
                "industry",
                mission.sectors().stream()
                        .map(s -> sectorNames.getOrDefault(s, s))
                        .sorted()
                        .toList());
        if (!mission.skills().isEmpty()) {
            posting.put("skills", String.join(", ", mission.skills()));
        }
        posting.put("totalJobOpenings", mission.expertsNeeded());
        posting.put("directApply", false);
        return posting;
    }

    /**
     * The last day to apply: the deadline, else the first day; a staffed or past mission is no longer open, so search
     * engines should not list it as an opening.
     */
    private static LocalDate validThrough(MissionDetails mission) {
        if (mission.status() != MissionStatus.PUBLISHED) {
            return mission.startDate().minusDays(1);
        }
        return mission.applicationDeadline() != null ? mission.applicationDeadline() : mission.startDate();
    }

    private static String description(MissionDetails mission) {
        var text = new StringBuilder("<p>")
                .append(HtmlUtils.htmlEscape(mission.summary()))
                .append("</p>");
        if (!mission.objectivesHtml().isEmpty()) {
            text.append(mission.objectivesHtml());
        }
        if (!mission.deliverablesHtml().isEmpty()) {
            text.append(mission.deliverablesHtml());
        }
        return text.toString();
    }
}
