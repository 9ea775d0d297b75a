package org.passerelle.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.jsoup.parser.Parser;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Viewer;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.matching.MatchCriterion.Criterion;
import org.passerelle.missions.MissionView;

/**
 * Explains a candidate's rank, criterion by criterion, from what the ranking query read back: projected fields for
 * sectors, heritage, availability and verification; highlighted words for skills and description. Sections the
 * viewer may not see are reported as hidden, never as matched or not.
 */
public final class MatchExplainer {

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
    private static final CharArraySet STOP_WORDS = stopWords();
    private static final int MAX_TERMS = 8;

    public static List<MatchCriterion> explain(CandidateQueries.Row row, MissionView mission, Viewer viewer) {
        var own = viewer.isUser(row.userId());
        var levels = viewer.visibleLevels();
        var criteria = new ArrayList<MatchCriterion>();
        var expertise = own || levels.contains(row.expertise());

        var skills = terms(row.skillMarks());
        criteria.add(
                skills.isEmpty()
                        ? MatchCriterion.notMet(Criterion.SKILLS)
                        : MatchCriterion.met(Criterion.SKILLS, skills));

        if (own || levels.contains(row.bio())) {
            var words = terms(row.bioMarks());
            criteria.add(
                    words.isEmpty()
                            ? MatchCriterion.notMet(Criterion.DESCRIPTION)
                            : MatchCriterion.met(Criterion.DESCRIPTION, words));
        } else {
            criteria.add(MatchCriterion.hidden(Criterion.DESCRIPTION));
        }

        if (expertise) {
            var shared =
                    row.sectors().stream().filter(mission.sectors()::contains).toList();
            criteria.add(
                    shared.isEmpty()
                            ? MatchCriterion.notMet(Criterion.SECTOR)
                            : MatchCriterion.met(Criterion.SECTOR, shared));
        } else {
            criteria.add(MatchCriterion.hidden(Criterion.SECTOR));
        }

        if (!mission.languages().isEmpty()) {
            // a hard filter: every candidate speaks them at the level required
            criteria.add(MatchCriterion.met(
                    Criterion.LANGUAGES,
                    mission.languages().stream()
                            .map(l -> l.language() + " " + l.level().name())
                            .toList()));
        }

        if (own || levels.contains(row.availabilityVisibility())) {
            var fitting = row.availability().stream()
                    .filter(w -> fits(w, mission))
                    .map(w -> w.start() + " – " + w.end())
                    .toList();
            criteria.add(
                    fitting.isEmpty()
                            ? MatchCriterion.notMet(Criterion.AVAILABILITY)
                            : MatchCriterion.met(Criterion.AVAILABILITY, fitting));
        } else {
            criteria.add(MatchCriterion.hidden(Criterion.AVAILABILITY));
        }

        if (own || levels.contains(row.origins())) {
            criteria.add(
                    row.heritage().contains(mission.country())
                            ? MatchCriterion.met(Criterion.HERITAGE, List.of(mission.country()))
                            : MatchCriterion.notMet(Criterion.HERITAGE));
        } else {
            criteria.add(MatchCriterion.hidden(Criterion.HERITAGE));
        }

        if (own || levels.contains(row.qualifications())) {
            criteria.add(
                    row.verified()
                            ? MatchCriterion.met(Criterion.VERIFIED_QUALIFICATION, List.of())
                            : MatchCriterion.notMet(Criterion.VERIFIED_QUALIFICATION));
        } else {
            criteria.add(MatchCriterion.hidden(Criterion.VERIFIED_QUALIFICATION));
        }
        return criteria;
    }

    /** Whether an availability window overlaps the mission and allows its way of working. */
    public static boolean fits(AvailabilityWindow window, MissionView mission) {
        if (!window.overlaps(mission.startDate(), mission.endDate())) {
            return false;
        }
        return switch (mission.mode()) {
            case ON_SITE -> window.onSite();
            case REMOTE -> window.remote();
            case HYBRID -> true;
        };
    }

    /** The distinct words between {@code <mark>} tags, lower-cased, without stop words. */
    static List<String> terms(List<String> highlights) {
        var terms = new LinkedHashSet<String>();
        for (var highlight : highlights) {
            var matcher = MARK.matcher(highlight);
            while (matcher.find() && terms.size() < MAX_TERMS) {
                var word =
                        Parser.unescapeEntities(matcher.group(1), false).strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                    terms.add(word);
                }
            }
        }
        return List.copyOf(terms);
    }

    private static CharArraySet stopWords() {
        var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(FrenchAnalyzer.getDefaultStopSet());
        return words;
    }

    private MatchExplainer() {}
}
