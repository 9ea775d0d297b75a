package org.passerelle.missions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.missions.internal.MissionAccess;
import org.passerelle.missions.internal.MissionRepository;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading one mission: anyone reads a mission on the board (published or later, not cancelled); drafts and missions
 * under review only their institution's representatives and administrators.
 */
@Service
@Transactional(readOnly = true)
public class MissionQueryService {

    private final MissionRepository missions;
    private final MissionAccess access;
    private final CurrentUser currentUser;

    MissionQueryService(MissionRepository missions, MissionAccess access, CurrentUser currentUser) {
        this.missions = missions;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The public missions among these ids, in the order given (for search results). */
    @PreAuthorize("permitAll()")
    public List<MissionDetails> publicViews(List<Long> ids) {
        var found = missions.findAllById(ids).stream()
                .filter(m -> m.getStatus().isPublic())
                .collect(Collectors.toMap(m -> m.getId(), m -> m.toDetails()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @PreAuthorize("permitAll()")
    public Optional<MissionDetails> view(long missionId) {
        return missions.findById(missionId)
                .filter(m -> m.getStatus().isPublic()
                        || access.isMine(m)
                        || currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false))
                .map(m -> m.toDetails());
    }

    /**
     * The newest missions taking applications (at most 50), newest first, optionally of one sector and one country:
     * the Atom feeds.
     */
    @PreAuthorize("permitAll()")
    public List<MissionDetails> newest(String sector, String country, int limit) {
        return missions.newest(sector, country, Limit.of(Math.clamp(limit, 1, 50))).stream()
                .map(m -> m.toDetails())
                .toList();
    }

    /** Every public mission's id and last change: the sitemap. */
    @PreAuthorize("permitAll()")
    public List<MissionStamp> publicStamps() {
        return missions.stamps(MissionStatus.PUBLIC).stream()
                .map(row -> new MissionStamp((Long) row[0], (Instant) row[1]))
                .toList();
    }

    /** A public mission's id and when it last changed. */
    public record MissionStamp(long id, Instant updatedAt) {}
}
