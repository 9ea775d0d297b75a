package org.passerelle.communities;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.SectorForm;
import org.passerelle.directory.SectorService;
import org.springframework.stereotype.Component;

/**
 * Communities for tests, each on a sector of its own (one community per sector): tests sharing the in-memory
 * database never compete for the same sector.
 */
@Component
public class CommunityFixtures {

    private static final AtomicInteger counter = new AtomicInteger();

    private final SectorService sectors;
    private final CommunityAdminService admin;
    private final TestUsers users;

    CommunityFixtures(SectorService sectors, CommunityAdminService admin, TestUsers users) {
        this.sectors = sectors;
        this.admin = admin;
        this.users = users;
    }

    /** A new sector; call it signed in as an administrator. */
    public String freshSector() {
        var form = new SectorForm();
        var code = ("t" + counter.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36));
        form.setCode(code.length() > 40 ? code.substring(0, 40) : code);
        form.setNameEn("Test sector " + counter.get());
        form.setNameFr("Secteur de test " + counter.get());
        return sectors.create(form).code();
    }

    /** An open community without tags, created by a new administrator (left signed in), with these moderators. */
    /** A new topic's title and opening post. */
    public static TopicForm topic(String title, String body) {
        var form = new TopicForm();
        form.setTitle(title);
        form.setBody(body);
        return form;
    }

    public long community(String name, UserAccount... moderators) {
        return community(name, true, List.of(), moderators);
    }

    public long community(String name, boolean open, List<String> tags, UserAccount... moderators) {
        users.signIn(users.active("Community admin", Role.ADMIN));
        var form = new CommunityForm();
        form.setSectorCode(freshSector());
        form.setNameEn(name);
        form.setNameFr(name);
        form.setOpenMembership(open);
        form.setTags(tags);
        var id = admin.create(form);
        if (moderators.length > 0) {
            Set<Long> ids = Stream.of(moderators).map(UserAccount::getId).collect(Collectors.toSet());
            admin.setModerators(id, ids);
        }
        return id;
    }
}
