package org.passerelle.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {

    Optional<ExpertProfile> findByUserId(long userId);

    /** The skills experts have entered (not on profiles whose expertise is private), most used first. */
    @Query(value = """
            select s.skill from expert_skill s
            where not exists (select 1 from expert_visibility v
                              where v.profile_id = s.profile_id and v.section = 'EXPERTISE' and v.visibility = 'ONLY_ME')
            group by s.skill order by count(*) desc, s.skill
            """, nativeQuery = true)
    List<String> popularSkills(Pageable page);
}
