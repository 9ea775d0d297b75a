package org.passerelle.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.directory.Viewers;
import org.passerelle.matching.internal.CandidateQueries;
import org.passerelle.matching.internal.MatchExplainer;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.ApplicationView;
import org.passerelle.missions.MissionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranked, explained shortlist of experts for a mission, for the representatives of the mission's institution
 * only. Experts appear only as far as their visibility lets the representative see them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('INSTITUTION_REP')")
public class MissionMatchService {

    public static final int MAX_CANDIDATES = 100;

    private final CandidateQueries queries;
    private final MissionService missions;
    private final ApplicationService applications;
    private final Viewers viewers;

    MissionMatchService(
            CandidateQueries queries, MissionService missions, ApplicationService applications, Viewers viewers) {
        this.queries = queries;
        this.missions = missions;
        this.applications = applications;
        this.viewers = viewers;
    }

    /** The best candidates (at most {@link #MAX_CANDIDATES}), best first, each with why. */
    public List<Candidate> candidates(long missionId, int limit) {
        var mission = missions.get(missionId);
        var viewer = viewers.current();
        Map<Long, ApplicationView> applied = applications.applicants(missionId).stream()
                .collect(Collectors.toMap(ApplicationView::profileId, Function.identity(), (a, b) -> a));
        var rows = queries.rank(mission, viewer, Math.min(limit, MAX_CANDIDATES));
        var candidates = new ArrayList<Candidate>(rows.size());
        for (var row : rows) {
            var application = applied.get(row.profileId());
            candidates.add(new Candidate(
                    row.profileId(),
                    row.name(),
                    row.headline(),
                    candidates.size() + 1,
                    row.score(),
                    MatchExplainer.explain(row, mission, viewer),
                    application == null ? null : application.status()));
        }
        return candidates;
    }
}
