package org.passerelle.accounts.internal;

import java.util.List;
import java.util.Optional;
import org.passerelle.accounts.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Users whose e-mail or name contains the pattern (already lower case, with % and _ escaped by '\'). */
    @Query("""
            select u from UserAccount u
            where lower(u.email) like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\'
            """)
    List<UserAccount> search(String pattern, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where lower(u.email) like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\'
            """)
    long countSearch(String pattern);

    /** Every user holding this role, by name. */
    @Query("select u from UserAccount u join u.roles r where r = :role order by u.displayName, u.id")
    List<UserAccount> withRole(Role role);
}
