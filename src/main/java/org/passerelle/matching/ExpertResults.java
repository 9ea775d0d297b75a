package org.passerelle.matching;

import java.util.List;

/** A page of search results and the total number of matching experts. */
public record ExpertResults(List<ExpertHit> hits, long total) {}
