package org.passerelle.missions;

import java.time.Instant;

/** A message in a mission's discussion; the body is sanitised HTML rendered from Markdown when it was written. */
public record MissionMessage(long id, String authorName, boolean fromInstitution, String bodyHtml, Instant at) {}
