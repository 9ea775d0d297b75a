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
        boolean own) {

    /** The whole profile (as its owner edits it) with the sections this viewer may not see emptied. */
    public static ExpertProfileDetails of(
            long id, ProfileForm profile, String bioHtml, Set<ProfileSection> hidden, boolean own) {
        var origins = !hidden.contains(ProfileSection.ORIGINS);
        var expertise = !hidden.contains(ProfileSection.EXPERTISE);
        var available = !hidden.contains(ProfileSection.AVAILABILITY);
        return new ExpertProfileDetails(
                id,
                profile.getDisplayName(),
                profile.getHeadline(),
                origins ? Set.copyOf(profile.getHeritageCountries()) : Set.of(),
                origins ? profile.getResidenceCountry() : null,
                origins ? profile.getResidenceCity() : "",
                expertise ? Set.copyOf(profile.getSectors()) : Set.of(),
                expertise ? Set.copyOf(profile.getSkills()) : Set.of(),
                expertise ? profile.getSkillsText() : "",
                expertise ? List.copyOf(profile.getLanguages()) : List.of(),
                available ? List.copyOf(profile.getAvailability()) : List.of(),
                available ? profile.getWeeksPerYear() : null,
                hidden.contains(ProfileSection.BIO) ? "" : bioHtml,
                hidden.contains(ProfileSection.QUALIFICATIONS) ? List.of() : List.copyOf(profile.getQualifications()),
                hidden.contains(ProfileSection.EXPERIENCE) ? List.of() : List.copyOf(profile.getExperience()),
                hidden.contains(ProfileSection.PUBLICATIONS) ? List.of() : List.copyOf(profile.getLinks()),
                Set.copyOf(hidden),
                own);
    }
}
