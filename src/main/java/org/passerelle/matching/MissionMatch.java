package org.passerelle.matching;

import java.util.List;
import org.passerelle.missions.MissionView;

/** A mission that fits an expert, with why. */
public record MissionMatch(MissionView mission, MatchTier tier, List<MatchCriterion> explanation) {}
