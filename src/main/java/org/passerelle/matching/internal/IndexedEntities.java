package org.passerelle.matching.internal;

import java.util.List;
import org.passerelle.communities.ForumIndex;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.missions.MissionIndex;

/** The entities with a search index, by entity name. */
public final class IndexedEntities {

    public static final List<String> NAMES = List.of(ExpertIndex.ENTITY, MissionIndex.ENTITY, ForumIndex.ENTITY);

    private IndexedEntities() {}
}
