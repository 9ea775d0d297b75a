package org.passerelle.matching;

import java.util.List;

/**
 * The candidates for a mission in tiers (see {@link MatchTier}), each best first, experts whose availability does
 * not fit placed after the others of their tier.
 *
 * @param leftOutForLanguage experts naming a concept of the mission who lack a required language: the institution
 *     may want to relax it
 */
public record Shortlist(
        List<Candidate> strong, List<Candidate> partial, List<Candidate> sectorOnly, long leftOutForLanguage) {}
