package org.passerelle.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.passerelle.directory.ConceptIndexing.Evidence;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Vocabulary;
import org.passerelle.missions.MissionDetails;

/**
 * An expert's own profile as {@link MatchExplainer} reads it ("missions for you"): every section, the concepts each
 * mentions, and the words of the profile's skills that share a stem with the mission's telling words
 * ({@link SharedWords}).
 */
public final class OwnProfile {

    public static MatchExplainer.ExpertSide side(ProfileForm profile, MissionDetails mission, Vocabulary vocabulary) {
        var evidence = new ArrayList<Evidence>();
        add(evidence, ProfileSection.IDENTITY, List.of(profile.getHeadline()), vocabulary);
        var expertise = new ArrayList<>(profile.getSkills());
        expertise.add(profile.getSkillsText());
        add(evidence, ProfileSection.EXPERTISE, expertise, vocabulary);
        add(
                evidence,
                ProfileSection.EXPERIENCE,
                profile.getExperience().stream()
                        .flatMap(e -> Stream.of(e.role(), e.description()))
                        .filter(Objects::nonNull)
                        .toList(),
                vocabulary);
        add(
                evidence,
                ProfileSection.QUALIFICATIONS,
                profile.getQualifications().stream().map(q -> q.title()).toList(),
                vocabulary);
        add(evidence, ProfileSection.BIO, List.of(profile.getBio()), vocabulary);

        var words = SharedWords.of(MatchExplainer.MissionSide.of(mission, vocabulary))
                .in(profile.getSkills());
        return new MatchExplainer.ExpertSide(
                evidence,
                words,
                List.of(),
                List.copyOf(profile.getSectors()),
                Set.copyOf(profile.getHeritageCountries()),
                profile.getAvailability(),
                profile.getQualifications().stream().anyMatch(q -> q.verified()),
                speaks(profile, mission));
    }

    /** Whether the expert speaks every language the mission requires, at the level required or better. */
    public static boolean speaks(ProfileForm profile, MissionDetails mission) {
        return mission.languages().stream()
                .allMatch(required -> profile.getLanguages().stream()
                        .anyMatch(spoken -> spoken.language().equals(required.language())
                                && spoken.level().atLeast(required.level())));
    }

    private static void add(
            List<Evidence> evidence, ProfileSection section, List<String> texts, Vocabulary vocabulary) {
        for (var mention : vocabulary.find(texts)) {
            evidence.add(new Evidence(section.name(), mention.conceptId(), mention.language(), mention.surface()));
        }
    }

    private OwnProfile() {}
}
