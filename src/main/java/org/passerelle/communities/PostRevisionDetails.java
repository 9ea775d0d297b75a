package org.passerelle.communities;

import java.time.Instant;

/** An earlier text of a post: who changed it, when, and what it said before. */
public record PostRevisionDetails(String editorName, Instant editedAt, String raw) {}
