package org.passerelle.directory.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.accounts.AccountDeletionRequested;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Experience;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProfileLink;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Qualification;
import org.passerelle.directory.Visibility;
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
            Set<String> heritageCountries,
            String residenceCountry,
            String residenceCity,
            Set<String> sectors,
            Set<String> skills,
            String skillsText,
            List<LanguageSkill> languages,
            List<AvailabilityWindow> availability,
            Integer weeksPerYear,
            String biography,
            String gender,
            List<Qualification> qualifications,
            List<Experience> experience,
            List<ProfileLink> links,
            Map<ProfileSection, Visibility> visibility) {}

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
