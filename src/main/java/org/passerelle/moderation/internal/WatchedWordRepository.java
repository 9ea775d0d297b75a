package org.passerelle.moderation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WatchedWordRepository extends JpaRepository<WatchedWordEntry, Long> {

    Optional<WatchedWordEntry> findByWord(String word);

    List<WatchedWordEntry> findAllByOrderByWordAsc();
}
