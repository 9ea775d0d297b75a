package org.passerelle.institutions;

/** An institution as a representative looking for theirs sees it in the list to join. */
public record InstitutionSummary(
        long id, String name, InstitutionType type, String country, InstitutionStatus status) {}
