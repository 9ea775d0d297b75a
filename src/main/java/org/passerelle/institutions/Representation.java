package org.passerelle.institutions;

import java.util.Optional;
import java.util.Set;
import org.passerelle.institutions.internal.Institution;
import org.passerelle.institutions.internal.InstitutionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which institution a user represents, and who represents an institution (for other modules, server-side). */
@Component
public class Representation {

    private final InstitutionRepository institutions;

    Representation(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    /** The institution this user represents, if any, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<InstitutionDetails> institutionOf(long userId) {
        return institutions.findByMember(userId).map(Institution::toDetails);
    }

    @Transactional(readOnly = true)
    public Optional<InstitutionDetails> institution(long institutionId) {
        return institutions.findById(institutionId).map(Institution::toDetails);
    }

    /** The account ids of the institution's representatives. */
    @Transactional(readOnly = true)
    public Set<Long> representatives(long institutionId) {
        return institutions
                .findById(institutionId)
                .map(i -> Set.copyOf(i.getMembers()))
                .orElse(Set.of());
    }
}
