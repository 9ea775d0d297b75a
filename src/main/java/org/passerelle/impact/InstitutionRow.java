package org.passerelle.impact;

/** A verified institution of a country, for its atlas page. */
public record InstitutionRow(String name, String type, String city) {}
