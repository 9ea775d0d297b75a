package org.passerelle.directory;

import java.util.Locale;

/** A sector of activity (health, education…), with its names in English and French. */
public record SectorInfo(String code, String nameEn, String nameFr, int position, boolean active) {

    public String name(Locale language) {
        return "fr".equals(language.getLanguage()) ? nameFr : nameEn;
    }
}
