package org.passerelle.matching;

import java.util.List;
import org.passerelle.missions.MissionDetails;

/** A mission that fits an expert, with why. */
public record MissionMatch(MissionDetails mission, MatchTier tier, List<MatchCriterion> explanation) {}
