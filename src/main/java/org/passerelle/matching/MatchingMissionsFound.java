package org.passerelle.matching;

import java.util.List;

/** New missions that fit an expert, to be mailed to them (one, or a digest). */
public record MatchingMissionsFound(long userId, List<Mission> missions) {

    public record Mission(long id, String title) {}
}
