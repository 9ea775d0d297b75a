package org.passerelle.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * A text indexed three times, with the English, French and Arabic analyzers ({@link SearchAnalyzers}), so that a
 * query in any of the three languages finds it. The languages ({@code "en"}, {@code "fr"}, {@code "ar"}) listed in
 * {@link #highlighted()} keep the positions and offsets that highlighting needs; those in {@link #projected()} are
 * stored. A field left without a name is not created.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@PropertyMapping(processor = @PropertyMappingAnnotationProcessorRef(type = MultilingualText.Processor.class))
public @interface MultilingualText {

    /** The English field's name. */
    String en();

    /** The French field's name. */
    String fr();

    /** The Arabic field's name, or empty for none. */
    String ar() default "";

    /** The languages whose field can be highlighted. */
    String[] highlighted() default {};

    /** The languages whose field stores the text for projections. */
    String[] projected() default {};

    /** Maps the three fields. */
    class Processor implements PropertyMappingAnnotationProcessor<MultilingualText> {
        @Override
        public void process(
                PropertyMappingStep mapping, MultilingualText text, PropertyMappingAnnotationProcessorContext context) {
            field(mapping, text, "en", text.en(), SearchAnalyzers.ENGLISH);
            field(mapping, text, "fr", text.fr(), SearchAnalyzers.FRENCH);
            field(mapping, text, "ar", text.ar(), SearchAnalyzers.ARABIC);
        }

        private static void field(
                PropertyMappingStep mapping, MultilingualText text, String language, String name, String analyzer) {
            if (name.isEmpty()) {
                return;
            }
            var field = mapping.fullTextField(name).analyzer(analyzer);
            if (List.of(text.highlighted()).contains(language)) {
                field.highlightable(List.of(Highlightable.ANY)).termVector(TermVector.WITH_POSITIONS_OFFSETS);
            }
            if (List.of(text.projected()).contains(language)) {
                field.projectable(Projectable.YES);
            }
        }
    }
}
