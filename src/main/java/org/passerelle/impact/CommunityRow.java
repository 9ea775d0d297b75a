package org.passerelle.impact;

/** A sector community, linked from a country page. */
public record CommunityRow(long id, String nameEn, String nameFr) {}
