package org.passerelle.institutions;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.directory.Countries;
import org.passerelle.institutions.internal.Institution;
import org.passerelle.institutions.internal.InstitutionRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A representative registers their institution and keeps its details; administrators verify it. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('INSTITUTION_REP')")
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final CurrentUser currentUser;
    private final Countries countries;
    private final Clock clock;

    InstitutionService(InstitutionRepository institutions, CurrentUser currentUser, Countries countries, Clock clock) {
        this.institutions = institutions;
        this.currentUser = currentUser;
        this.countries = countries;
        this.clock = clock;
    }

    /** The institution the signed-in representative belongs to, if any. */
    @Transactional(readOnly = true)
    public Optional<InstitutionDetails> mine() {
        return institutions.findByMember(currentUser.require().id()).map(Institution::toDetails);
    }

    @Transactional(readOnly = true)
    public Optional<InstitutionForm> myForm() {
        return institutions.findByMember(currentUser.require().id()).map(Institution::toForm);
    }

    /** Registers a new institution, waiting for verification, with the signed-in user as its representative. */
    public InstitutionDetails register(@Valid InstitutionForm form) {
        var me = currentUser.require().id();
        if (institutions.findByMember(me).isPresent()) {
            throw new RefusedException("institution.alreadyMember");
        }
        checkCountry(form);
        return institutions.save(new Institution(form, me, clock.instant())).toDetails();
    }

    /** Changes the details of the representative's own institution (a rejected one goes back for review). */
    public InstitutionDetails update(@Valid InstitutionForm form) {
        var institution = institutions
                .findByMember(currentUser.require().id())
                .orElseThrow(() -> new RefusedException("institution.none"));
        checkCountry(form);
        institution.apply(form);
        return institution.toDetails();
    }

    private void checkCountry(InstitutionForm form) {
        if (!countries.isKnown(form.getCountry())) {
            throw new RefusedException("institution.country.required");
        }
    }
}
