package org.passerelle.communities;

import java.util.List;
import java.util.Locale;

/** A community as its readers see it. */
public record CommunityDetails(
        long id,
        String sectorCode,
        String nameEn,
        String nameFr,
        String descriptionEn,
        String descriptionFr,
        boolean openMembership,
        List<String> tags,
        long members,
        long topics) {

    public String name(Locale language) {
        return "fr".equals(language.getLanguage()) ? nameFr : nameEn;
    }

    public String description(Locale language) {
        return "fr".equals(language.getLanguage()) ? descriptionFr : descriptionEn;
    }
}
