package org.passerelle.moderation;

import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.moderation.internal.Moderators;
import org.passerelle.moderation.internal.StaffAction;
import org.passerelle.moderation.internal.StaffActionRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff action log: administrators read all of it; a community's moderators read their communities' actions and
 * the member actions (warnings, silences, suspensions), which are site-wide.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class StaffLogService {

    private final StaffActionRepository actions;
    private final Moderators moderators;
    private final CurrentUser currentUser;
    private final AccountContacts contacts;

    StaffLogService(
            StaffActionRepository actions, Moderators moderators, CurrentUser currentUser, AccountContacts contacts) {
        this.actions = actions;
        this.moderators = moderators;
        this.currentUser = currentUser;
        this.contacts = contacts;
    }

    /**
     * The latest actions, newest first, filtered (any filter may be null).
     *
     * @param limit at most 500
     */
    public List<StaffLogEntry> latest(Long communityId, StaffActionType action, String actorName, int limit) {
        var user = currentUser.require();
        var admin = user.has(Role.ADMIN);
        return actions.latest(PageRequest.of(0, 2000)).stream()
                .filter(a -> admin || a.getCommunityId() == null || moderators.moderates(a.getCommunityId()))
                .filter(a -> communityId == null || communityId.equals(a.getCommunityId()))
                .filter(a -> action == null || a.getAction() == action)
                .map(this::entry)
                .filter(e -> actorName == null
                        || actorName.isBlank()
                        || (e.actorName() != null
                                && e.actorName()
                                        .toLowerCase()
                                        .contains(actorName.strip().toLowerCase())))
                .limit(Math.min(limit, 500))
                .toList();
    }

    private StaffLogEntry entry(StaffAction action) {
        return new StaffLogEntry(
                action.getCreatedAt(),
                name(action.getActorId()),
                action.getAction(),
                action.getCommunityId(),
                name(action.getTargetUserId()),
                action.getTopicId(),
                action.getPostId(),
                action.getReason());
    }

    private String name(Long userId) {
        return userId == null
                ? null
                : contacts.of(userId).map(AccountContacts.Contact::displayName).orElse("");
    }
}
