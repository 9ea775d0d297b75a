package org.passerelle.shared;

/**
 * A module's share of a person's data, for the "download my data" export (GDPR Art. 15 and 20). Each module that
 * keeps personal data provides one bean; the export gathers them all.
 */
public interface PersonalData {

    /** The name of this part in the export, e.g. "account" or "expertProfile". */
    String key();

    /** Everything this module keeps about the user, as records, lists and maps (serialised to JSON); null if none. */
    Object exportFor(long userId);
}
