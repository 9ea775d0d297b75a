package org.passerelle.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.passerelle.directory.ConceptIndexing.Evidence;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Vocabulary;
import org.passerelle.missions.MissionView;
import org.passerelle.shared.SearchAnalysisConfigurer;
import org.passerelle.shared.SearchAnalyzers;

/**
 * An expert's own profile as {@link MatchExplainer} reads it ("missions for you"): every section, the concepts each
 * mentions, and the profile's skills that share a telling word with the mission, compared the way the index does
 * (words reduced to their English, French or Arabic stems, accents folded).
 */
public final class OwnProfile {

    public static MatchExplainer.ExpertSide side(ProfileForm profile, MissionView mission, Vocabulary vocabulary) {
        var evidence = new ArrayList<Evidence>();
        add(evidence, ProfileSection.IDENTITY, List.of(profile.getHeadline()), vocabulary);
        var expertise = new ArrayList<>(profile.getSkills());
        expertise.add(profile.getSkillsText());
        add(evidence, ProfileSection.EXPERTISE, expertise, vocabulary);
        add(
                evidence,
                ProfileSection.EXPERIENCE,
                profile.getExperience().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.role(), e.description()))
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                vocabulary);
        add(
                evidence,
                ProfileSection.QUALIFICATIONS,
                profile.getQualifications().stream().map(q -> q.title()).toList(),
                vocabulary);
        add(evidence, ProfileSection.BIO, List.of(profile.getBio()), vocabulary);

        var missionStems = stems(telling(mission.skills(), mission.title()));
        var words = new ArrayList<String>();
        for (var skill : profile.getSkills()) {
            if (!java.util.Collections.disjoint(stems(List.of(TellingWords.only(skill))), missionStems)) {
                words.add(skill);
            }
        }
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
    public static boolean speaks(ProfileForm profile, MissionView mission) {
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

    private static List<String> telling(Collection<String> skills, String title) {
        var texts = new ArrayList<String>();
        skills.forEach(s -> texts.add(TellingWords.only(s)));
        texts.add(TellingWords.only(title));
        return texts;
    }

    /** The English, French and Arabic stems of these texts, as the index analyses them. */
    static Set<String> stems(Collection<String> texts) {
        var stems = new HashSet<String>();
        for (var analyzer : List.of(SearchAnalyzers.ENGLISH, SearchAnalyzers.FRENCH, SearchAnalyzers.ARABIC)) {
            for (var text : texts) {
                try (var stream = SearchAnalysisConfigurer.analyzer(analyzer).tokenStream("x", text)) {
                    var term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        stems.add(analyzer + ":" + term);
                    }
                    stream.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return stems;
    }

    private OwnProfile() {}
}
