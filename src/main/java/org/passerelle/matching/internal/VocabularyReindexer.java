package org.passerelle.matching.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.VocabularyChanged;
import org.passerelle.missions.MissionIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When administrators add labels to the vocabulary, indexes again the profiles and missions whose texts contain
 * them (as a phrase, in any of the three analyses): their concepts changed. Nothing else is touched.
 */
@Component
class VocabularyReindexer {

    private static final Logger log = LoggerFactory.getLogger(VocabularyReindexer.class);
    static final int MAX_DOCUMENTS = 10_000;

    private static final List<String> EXPERT_FIELDS = List.of(
            ExpertIndex.HEADLINE_EN,
            ExpertIndex.HEADLINE_FR,
            ExpertIndex.HEADLINE_AR,
            ExpertIndex.SKILLS_EN,
            ExpertIndex.SKILLS_FR,
            ExpertIndex.SKILLS_AR,
            ExpertIndex.SKILLS_TEXT_EN,
            ExpertIndex.SKILLS_TEXT_FR,
            ExpertIndex.SKILLS_TEXT_AR,
            ExpertIndex.BIO_EN,
            ExpertIndex.BIO_FR,
            ExpertIndex.BIO_AR,
            ExpertIndex.EXPERIENCE_EN,
            ExpertIndex.EXPERIENCE_FR,
            ExpertIndex.EXPERIENCE_AR,
            ExpertIndex.QUALIFICATIONS_EN,
            ExpertIndex.QUALIFICATIONS_FR);
    private static final List<String> MISSION_FIELDS = List.of(
            MissionIndex.TITLE_EN,
            MissionIndex.TITLE_FR,
            MissionIndex.TITLE_AR,
            MissionIndex.SKILLS_EN,
            MissionIndex.SKILLS_FR,
            MissionIndex.SKILLS_AR,
            MissionIndex.TEXT_EN,
            MissionIndex.TEXT_FR,
            MissionIndex.TEXT_AR);

    private final EntityManager entityManager;

    VocabularyReindexer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @ApplicationModuleListener
    void on(VocabularyChanged changed) {
        var count = reindex(ExpertIndex.ENTITY, EXPERT_FIELDS, changed.labels())
                + reindex(MissionIndex.ENTITY, MISSION_FIELDS, changed.labels());
        log.info("Vocabulary changed ({}): {} documents indexed again", changed.labels(), count);
    }

    private int reindex(String entity, List<String> fields, List<String> labels) {
        var session = Search.session(entityManager);
        var scope = session.scope(Object.class, entity);
        var f = scope.predicate();
        var any = f.or();
        for (var label : labels) {
            for (var field : fields) {
                any.add(f.phrase().field(field).matching(label));
            }
        }
        var found = session.search(scope).where(any.toPredicate()).fetchHits(MAX_DOCUMENTS);
        var plan = session.indexingPlan();
        found.forEach(plan::addOrUpdate);
        return found.size();
    }
}
