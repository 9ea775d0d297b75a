package org.passerelle.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.passerelle.directory.ProfileForm;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.matching.MatchCriterion.Criterion;
import org.passerelle.missions.MissionView;
import org.passerelle.shared.SearchAnalysisConfigurer;
import org.passerelle.shared.SearchAnalyzers;

/**
 * Explains why a mission fits an expert, comparing the expert's own profile with the mission the way the index does:
 * words reduced to their English and French stems, accents folded.
 */
public final class MissionExplainer {

    public static List<MatchCriterion> explain(MissionView mission, ProfileForm profile) {
        var criteria = new ArrayList<MatchCriterion>();
        var missionStems = stems(List.of(String.join(" ", mission.skills()), mission.title(), mission.summary()));
        var shared = profile.getSkills().stream()
                .filter(skill -> !java.util.Collections.disjoint(stems(List.of(skill)), missionStems))
                .toList();
        criteria.add(
                shared.isEmpty()
                        ? MatchCriterion.notMet(Criterion.SKILLS)
                        : MatchCriterion.met(Criterion.SKILLS, shared));
        var sectors = profile.getSectors().stream()
                .filter(mission.sectors()::contains)
                .toList();
        criteria.add(
                sectors.isEmpty()
                        ? MatchCriterion.notMet(Criterion.SECTOR)
                        : MatchCriterion.met(Criterion.SECTOR, sectors));
        if (!mission.languages().isEmpty()) {
            criteria.add(
                    speaks(profile, mission)
                            ? MatchCriterion.met(
                                    Criterion.LANGUAGES,
                                    mission.languages().stream()
                                            .map(l -> l.language() + " "
                                                    + l.level().name())
                                            .toList())
                            : MatchCriterion.notMet(Criterion.LANGUAGES));
        }
        var windows = profile.getAvailability().stream()
                .filter(w -> MatchExplainer.fits(w, mission))
                .map(w -> w.start() + " – " + w.end())
                .toList();
        criteria.add(
                windows.isEmpty()
                        ? MatchCriterion.notMet(Criterion.AVAILABILITY)
                        : MatchCriterion.met(Criterion.AVAILABILITY, windows));
        criteria.add(
                profile.getHeritageCountries().contains(mission.country())
                        ? MatchCriterion.met(Criterion.HERITAGE, List.of(mission.country()))
                        : MatchCriterion.notMet(Criterion.HERITAGE));
        return criteria;
    }

    /** Whether the expert speaks every language the mission requires, at the level required or better. */
    public static boolean speaks(ProfileForm profile, MissionView mission) {
        return mission.languages().stream()
                .allMatch(required -> profile.getLanguages().stream()
                        .anyMatch(spoken -> spoken.language().equals(required.language())
                                && spoken.level().atLeast(required.level())));
    }

    /** The English and French stems of these texts, as the index analyses them. */
    static Set<String> stems(Collection<String> texts) {
        var stems = new HashSet<String>();
        for (var analyzer : List.of(SearchAnalyzers.ENGLISH, SearchAnalyzers.FRENCH)) {
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

    private MissionExplainer() {}
}
