package org.passerelle.matching;

import java.util.List;
import org.passerelle.missions.MissionDetails;

/**
 * A mission found on the board.
 *
 * @param snippets matching passages as HTML: escaped text with the matched words in {@code <mark>}
 */
public record MissionHit(MissionDetails mission, List<String> snippets) {}
