package org.passerelle.directory;

import java.util.List;
import java.util.Set;

/**
 * A profile as one viewer may see it: sections the viewer may not see are empty and listed in {@code hidden}.
 *
 * @param bioHtml the biography as sanitised HTML (rendered when saved)
 */
public record ExpertProfileDetails(
        long id,
        String displayName,
        String headline,
        Set<String> heritageCountries,
        String residenceCountry,
        String residenceCity,
        Set<String> sectors,
        Set<String> skills,
        String skillsText,
        List<LanguageSkill> languages,
        List<AvailabilityWindow> availability,
        Integer weeksPerYear,
        String bioHtml,
        List<Qualification> qualifications,
        List<Experience> experience,
        List<ProfileLink> links,
        Set<ProfileSection> hidden,
        boolean own) {}
