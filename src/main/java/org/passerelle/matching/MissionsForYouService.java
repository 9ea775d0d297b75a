package org.passerelle.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.internal.MatchExplainer;
import org.passerelle.matching.internal.OwnProfile;
import org.passerelle.matching.internal.ReverseQueries;
import org.passerelle.missions.MissionQueryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Missions for you": published missions ranked for the signed-in expert's profile, each explained. Missions whose
 * required languages the expert does not speak well enough, or whose deadline has passed, are left out.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('EXPERT')")
public class MissionsForYouService {

    private final ReverseQueries queries;
    private final ExpertProfileService profiles;
    private final MissionQueryService board;
    private final Clock clock;
    private final Vocabulary vocabulary;

    MissionsForYouService(
            ReverseQueries queries,
            ExpertProfileService profiles,
            MissionQueryService board,
            Clock clock,
            Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.queries = queries;
        this.profiles = profiles;
        this.board = board;
        this.clock = clock;
    }

    public List<MissionMatch> forMe(int limit) {
        var profile = profiles.myProfile();
        var today = LocalDate.now(clock);
        return board.publicViews(queries.rank(profile, Math.min(limit, 50) * 3)).stream()
                .filter(m -> m.applicationDeadline() == null
                        || !m.applicationDeadline().isBefore(today))
                .filter(m -> OwnProfile.speaks(profile, m))
                .limit(Math.min(limit, 50))
                .map(m -> {
                    var why = MatchExplainer.explain(
                            MatchExplainer.MissionSide.of(m, vocabulary),
                            OwnProfile.side(profile, m, vocabulary),
                            vocabulary);
                    return new MissionMatch(m, why.tier(), why.criteria());
                })
                .toList();
    }
}
