package org.passerelle.missions.internal;

import java.util.Collection;
import java.util.List;
import org.passerelle.missions.MissionStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

public interface MissionRepository extends JpaRepository<Mission, Long> {

    List<Mission> findByInstitutionIdOrderByUpdatedAtDesc(long institutionId);

    List<Mission> findByStatusOrderByUpdatedAtAsc(MissionStatus status);

    List<Mission> findByStatusIn(Collection<MissionStatus> statuses);

    /** The newest missions taking applications, optionally of one sector and one country (null: any). */
    @org.springframework.data.jpa.repository.Query("""
            select distinct m from Mission m left join m.sectors s
            where m.status = org.passerelle.missions.MissionStatus.PUBLISHED
              and (:sector is null or s = :sector) and (:country is null or m.country = :country)
            order by m.publishedAt desc, m.id desc""")
    List<Mission> newest(@Param("sector") String sector, @Param("country") String country, Limit limit);

    /** The id and last change of every public mission, for the sitemap. */
    @org.springframework.data.jpa.repository.Query("""
            select m.id, m.updatedAt from Mission m where m.status in :statuses order by m.id""")
    List<Object[]> stamps(@Param("statuses") Collection<MissionStatus> statuses);
}
