package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    @Modifying
    @Query("delete from AccountToken t where t.userId = :userId")
    int deleteByUserId(Long userId);

    /** Marks every open token of a user for a purpose as used, so only the newest link works. */
    @Modifying
    @Query("""
            update AccountToken t set t.usedAt = :now
            where t.userId = :userId and t.purpose = :purpose and t.usedAt is null
            """)
    int useAll(Long userId, AccountToken.Purpose purpose, Instant now);
}
