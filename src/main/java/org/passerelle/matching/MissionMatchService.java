package org.passerelle.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.directory.Viewers;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.internal.CandidateQueries;
import org.passerelle.matching.internal.MatchExplainer;
import org.passerelle.matching.internal.MatchExplainer.MissionSide;
import org.passerelle.matching.internal.SharedWords;
import org.passerelle.missions.ApplicationDetails;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranked, explained shortlist of experts for a mission, for the representatives of the mission's institution
 * only. Experts appear only as far as their visibility lets the representative see them. Candidates are ordered by
 * tier (strong, partial, same sector only), then with experts whose stated availability does not fit after the
 * others, then by score.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('INSTITUTION_REP')")
public class MissionMatchService {

    public static final int MAX_CANDIDATES = 100;

    /** Rows read from the index beyond those shown, so that tiers are sorted from enough candidates. */
    static final int MARGIN = 50;

    private final CandidateQueries queries;
    private final MissionService missions;
    private final ApplicationService applications;
    private final Viewers viewers;
    private final Vocabulary vocabulary;

    MissionMatchService(
            CandidateQueries queries,
            MissionService missions,
            ApplicationService applications,
            Viewers viewers,
            Vocabulary vocabulary) {
        this.queries = queries;
        this.missions = missions;
        this.applications = applications;
        this.viewers = viewers;
        this.vocabulary = vocabulary;
    }

    /** The best candidates (at most {@link #MAX_CANDIDATES}), best first, each with why. */
    public List<Candidate> candidates(long missionId, int limit) {
        var mission = missions.get(missionId);
        return ranked(mission, MissionSide.of(mission, vocabulary), Math.min(limit, MAX_CANDIDATES));
    }

    /** The candidates in tiers, and how many experts a required language left out. */
    public Shortlist shortlist(long missionId, int limit) {
        var mission = missions.get(missionId);
        var side = MissionSide.of(mission, vocabulary);
        var ranked = ranked(mission, side, Math.min(limit, MAX_CANDIDATES));
        return new Shortlist(
                tier(ranked, MatchTier.STRONG),
                tier(ranked, MatchTier.PARTIAL),
                tier(ranked, MatchTier.SECTOR_ONLY),
                queries.leftOutForLanguage(mission, side, viewers.current()));
    }

    private List<Candidate> ranked(MissionDetails mission, MissionSide side, int limit) {
        var viewer = viewers.current();
        Map<Long, ApplicationDetails> applied = applications.applicants(mission.id()).stream()
                .collect(Collectors.toMap(ApplicationDetails::profileId, Function.identity(), (a, b) -> a));
        var explained = new ArrayList<Candidate>();
        var words = SharedWords.of(side);
        for (var row : queries.rank(mission, side, viewer, limit + MARGIN)) {
            var why = MatchExplainer.explain(side, row.side(viewer, words), vocabulary);
            var application = applied.get(row.profileId());
            explained.add(new Candidate(
                    row.profileId(),
                    row.name(),
                    row.headline(),
                    0,
                    row.score(),
                    why.tier(),
                    why.criteria(),
                    application == null ? null : application.status()));
        }
        explained.sort(Comparator.comparing(Candidate::tier)
                .thenComparing(Candidate::unavailable)
                .thenComparing(Comparator.comparing(Candidate::score).reversed()));
        var candidates = new ArrayList<Candidate>(Math.min(limit, explained.size()));
        for (var candidate : explained.subList(0, Math.min(limit, explained.size()))) {
            candidates.add(new Candidate(
                    candidate.profileId(),
                    candidate.name(),
                    candidate.headline(),
                    candidates.size() + 1,
                    candidate.score(),
                    candidate.tier(),
                    candidate.explanation(),
                    candidate.application()));
        }
        return candidates;
    }

    private static List<Candidate> tier(List<Candidate> ranked, MatchTier tier) {
        return ranked.stream().filter(c -> c.tier() == tier).toList();
    }
}
