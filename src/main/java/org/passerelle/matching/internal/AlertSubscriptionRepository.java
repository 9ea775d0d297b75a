package org.passerelle.matching.internal;

import java.util.Collection;
import java.util.List;
import org.passerelle.matching.AlertFrequency;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AlertSubscriptionRepository extends JpaRepository<AlertSubscription, Long> {

    List<AlertSubscription> findByUserIdInAndFrequencyNot(Collection<Long> userIds, AlertFrequency frequency);

    List<AlertSubscription> findByFrequencyIn(Collection<AlertFrequency> frequencies);
}
