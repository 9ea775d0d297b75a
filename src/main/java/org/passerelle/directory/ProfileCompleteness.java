package org.passerelle.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * How complete a profile is, and what to do next: institutions find, and trust, experts whose profiles say what they
 * know, where they come from, which languages they speak and when they are free.
 *
 * @param percent 0 to 100
 * @param nextSteps message keys of the steps still to take, most useful first
 */
public record ProfileCompleteness(int percent, List<String> nextSteps) {

    public static ProfileCompleteness of(ProfileForm profile) {
        var steps = new ArrayList<String>();
        var checks = 0;
        checks++;
        if (blank(profile.getHeadline())) {
            steps.add("profile.next.headline");
        }
        checks++;
        if (profile.getSectors().isEmpty()) {
            steps.add("profile.next.sectors");
        }
        checks++;
        if (profile.getSkills().size() < 3) {
            steps.add("profile.next.skills");
        }
        checks++;
        if (profile.getHeritageCountries().isEmpty()) {
            steps.add("profile.next.heritage");
        }
        checks++;
        if (profile.getResidenceCountry() == null) {
            steps.add("profile.next.residence");
        }
        checks++;
        if (profile.getLanguages().isEmpty()) {
            steps.add("profile.next.languages");
        }
        checks++;
        if (profile.getAvailability().isEmpty()) {
            steps.add("profile.next.availability");
        }
        checks++;
        if (blank(profile.getBio()) || profile.getBio().length() < 200) {
            steps.add("profile.next.bio");
        }
        return new ProfileCompleteness(100 * (checks - steps.size()) / checks, List.copyOf(steps));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
