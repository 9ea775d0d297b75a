package org.passerelle.impact;

/** A verified institution as the open data API gives it. */
public record OpenInstitution(long id, String name, String type, String country, String city, String website) {}
