package org.passerelle.missions.internal;

import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.Vocabulary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Indexes the concepts a mission mentions (see {@link ConceptIndexing}): its title and skills as part
 * {@code CORE}, its summary, objectives and deliverables as part {@code TEXT}.
 */
@Component
class MissionConceptBinder implements TypeBinder {

    private final ObjectProvider<Vocabulary> vocabulary;

    MissionConceptBinder(ObjectProvider<Vocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title")
                .use("skills")
                .use("summary")
                .use("objectives")
                .use("deliverables");
        var fields = new ConceptIndexing(context.indexSchemaElement());
        context.bridge(Mission.class, (TypeBridge<Mission>) (target, mission, bridgeContext) ->
                fields.write(target, vocabulary.getObject(), mission.conceptTexts()));
    }
}
