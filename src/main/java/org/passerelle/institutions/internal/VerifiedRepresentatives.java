package org.passerelle.institutions.internal;

import org.passerelle.directory.InstitutionCredentials;
import org.passerelle.institutions.InstitutionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the directory which users represent a verified institution. */
@Component
class VerifiedRepresentatives implements InstitutionCredentials {

    private final InstitutionRepository institutions;

    VerifiedRepresentatives(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean representsVerifiedInstitution(long userId) {
        return institutions
                .findByMember(userId)
                .map(i -> i.getStatus() == InstitutionStatus.VERIFIED)
                .orElse(false);
    }
}
