package org.passerelle.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VocabularyAdditionRepository extends JpaRepository<VocabularyAddition, Long> {

    List<VocabularyAddition> findAllByOrderByIdAsc();
}
