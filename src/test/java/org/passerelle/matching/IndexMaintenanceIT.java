package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.impact.ImpactDataset;
import org.passerelle.matching.IndexMaintenanceService.EntityReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class IndexMaintenanceIT {

    @Autowired
    IndexMaintenanceService maintenance;

    @Autowired
    ImpactDataset data;

    @Autowired
    TestUsers users;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static EntityReport of(List<EntityReport> reports, String entity) {
        return reports.stream()
                .filter(r -> r.entity().equals(entity))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCheckFindsRowsTheIndexMissesAndEntriesWhoseRowIsGoneAndRepairMendsBoth() throws Exception {
        // written behind Hibernate's back (as a restored backup would be): not in the index
        var unindexed = data.expert("", ImpactDataset.freshSector(), "SN");
        // indexed, then its row deleted behind Hibernate's back
        users.signIn(users.active("Vanishing expert", Role.EXPERT));
        var vanished = profiles.myProfileId();
        jdbc.sql("delete from expert_profile where id = ?").param(vanished).update();

        users.signIn(users.active("Index admin", Role.ADMIN));
        var before = of(maintenance.check(), "ExpertProfile");
        assertThat(before.consistent()).isFalse();
        assertThat(before.missing()).contains(unindexed.profileId());
        assertThat(before.extra()).contains(vanished);

        var after = of(maintenance.repair(), "ExpertProfile");
        assertThat(after.missing()).doesNotContain(unindexed.profileId());
        assertThat(after.extra()).doesNotContain(vanished);
        assertThat(after.inIndex()).isEqualTo(after.inDatabase());

        var progress = new ArrayList<Double>();
        maintenance.rebuild(progress::add);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(maintenance.check())
                .allSatisfy(report -> assertThat(report.consistent()).isTrue());
    }

    @Test
    void onlyAdministratorsMaintainTheIndexes() {
        users.signIn(users.active("Curious expert", Role.EXPERT));
        assertThatThrownBy(() -> maintenance.check()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> maintenance.repair()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
