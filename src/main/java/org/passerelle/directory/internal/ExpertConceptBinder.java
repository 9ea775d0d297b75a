package org.passerelle.directory.internal;

import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.Vocabulary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Indexes the concepts each section of a profile mentions (see {@link ConceptIndexing}), sections as parts. */
@Component
class ExpertConceptBinder implements TypeBinder {

    private final ObjectProvider<Vocabulary> vocabulary;

    ExpertConceptBinder(ObjectProvider<Vocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("headline")
                .use("skills")
                .use("skillsText")
                .use("bioMarkdown")
                .use("experience")
                .use("qualifications.title")
                .use("qualifications.issuer");
        var fields = new ConceptIndexing(context.indexSchemaElement());
        context.bridge(ExpertProfile.class, (TypeBridge<ExpertProfile>) (target, profile, bridgeContext) ->
                fields.write(target, vocabulary.getObject(), profile.conceptTexts()));
    }
}
