package org.passerelle.directory;

import java.util.List;

/**
 * Experts similar to a profile (same sectors, shared skills), as the current viewer may see them. Implemented by the
 * matching module, which owns all search; the profile page only knows this interface.
 */
public interface SimilarExperts {

    /** A similar expert, for a link on a profile page. */
    record Similar(long id, String name, String headline) {}

    /**
     * Up to {@code limit} experts similar to this profile, judged only on what the viewer may see of it; empty when
     * they may not see its expertise.
     */
    List<Similar> similarTo(long profileId, int limit);
}
