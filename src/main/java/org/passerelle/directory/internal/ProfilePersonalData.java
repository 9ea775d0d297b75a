package org.passerelle.directory.internal;

import org.passerelle.accounts.AccountDeletionRequested;
import org.passerelle.shared.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The expert profile's part of a personal data export, and its removal when the account is deleted. */
@Component
class ProfilePersonalData implements PersonalData {

    private final ExpertProfileRepository profiles;

    ProfilePersonalData(ExpertProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public String key() {
        return "expertProfile";
    }

    record Profile(
            String displayName,
            String headline,
            java.util.Set<String> heritageCountries,
            String residenceCountry,
            String residenceCity,
            java.util.Set<String> sectors,
            java.util.Set<String> skills,
            String skillsText,
            java.util.List<org.passerelle.directory.LanguageSkill> languages,
            java.util.List<org.passerelle.directory.AvailabilityWindow> availability,
            Integer weeksPerYear,
            String biography,
            String gender,
            java.util.List<org.passerelle.directory.Qualification> qualifications,
            java.util.List<org.passerelle.directory.Experience> experience,
            java.util.List<org.passerelle.directory.ProfileLink> links,
            java.util.Map<org.passerelle.directory.ProfileSection, org.passerelle.directory.Visibility> visibility) {}

    @Override
    public Object exportFor(long userId) {
        return profiles.findByUserId(userId)
                .map(ExpertProfile::toForm)
                .map(f -> new Profile(
                        f.getDisplayName(),
                        f.getHeadline(),
                        f.getHeritageCountries(),
                        f.getResidenceCountry(),
                        f.getResidenceCity(),
                        f.getSectors(),
                        f.getSkills(),
                        f.getSkillsText(),
                        f.getLanguages(),
                        f.getAvailability(),
                        f.getWeeksPerYear(),
                        f.getBio(),
                        f.getGender(),
                        f.getQualifications(),
                        f.getExperience(),
                        f.getLinks(),
                        f.getVisibility()))
                .orElse(null);
    }

    /** Deletes the profile through JPA, in the deleting transaction, so that the search index forgets it too. */
    @EventListener
    void on(AccountDeletionRequested deletion) {
        profiles.findByUserId(deletion.userId()).ifPresent(profiles::delete);
    }
}
