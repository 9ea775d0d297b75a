package org.passerelle.notifications.internal;

import java.util.Collection;
import java.util.List;
import org.passerelle.notifications.EmailFrequency;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferenceRepository extends JpaRepository<Preference, Long> {

    List<Preference> findByFrequencyIn(Collection<EmailFrequency> frequencies);
}
