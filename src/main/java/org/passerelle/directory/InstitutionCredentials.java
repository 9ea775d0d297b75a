package org.passerelle.directory;

/**
 * Whether a user represents a verified institution (they then see sections whose visibility is "verified
 * institutions"). Implemented by the institutions module; the directory only knows this interface.
 */
public interface InstitutionCredentials {

    boolean representsVerifiedInstitution(long userId);
}
