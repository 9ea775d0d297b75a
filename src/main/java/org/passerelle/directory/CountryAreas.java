package org.passerelle.directory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * Indexes the world region and continent of a country code (or of a collection of them) beside it, as keyword fields
 * for filters and facets: one place for what expert profiles (heritage, residence) and missions (their country) need.
 * A country the list does not know adds nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@PropertyMapping(processor = @PropertyMappingAnnotationProcessorRef(type = CountryAreas.Processor.class))
public @interface CountryAreas {

    /** The name of the region field. */
    String region();

    /** The name of the continent field. */
    String continent();

    /** Reads the annotation into a binder. */
    class Processor implements PropertyMappingAnnotationProcessor<CountryAreas> {
        @Override
        public void process(
                PropertyMappingStep mapping,
                CountryAreas annotation,
                PropertyMappingAnnotationProcessorContext context) {
            mapping.binder(new Binder(annotation.region(), annotation.continent()));
        }
    }

    /** Declares the two fields and writes them from the property's country codes. */
    record Binder(String region, String continent) implements PropertyBinder {
        @Override
        public void bind(PropertyBindingContext context) {
            context.dependencies().useRootOnly();
            var schema = context.indexSchemaElement();
            var keyword = context.typeFactory().asString().aggregable(Aggregable.YES);
            var regionField = schema.field(region, keyword);
            var continentField = schema.field(continent, keyword);
            // one country, one region and continent; several countries (heritage), several of each
            if (context.bridgedElement().isAssignableTo(Collection.class)) {
                regionField.multiValued();
                continentField.multiValued();
            }
            var regions = regionField.toReference();
            var continents = continentField.toReference();
            context.bridge(Object.class, new Bridge(regions, continents));
        }
    }

    /** Writes each distinct region and continent of the codes. */
    record Bridge(IndexFieldReference<String> regions, IndexFieldReference<String> continents)
            implements PropertyBridge<Object> {
        @Override
        public void write(DocumentElement target, Object value, PropertyBridgeWriteContext context) {
            List<String> codes = switch (value) {
                case null -> List.of();
                case Collection<?> many -> many.stream().map(String::valueOf).toList();
                default -> List.of(String.valueOf(value));
            };
            add(target, regions, codes, Country::region);
            add(target, continents, codes, Country::continent);
        }

        private static void add(
                DocumentElement target,
                IndexFieldReference<String> field,
                List<String> codes,
                Function<Country, String> area) {
            var values = new LinkedHashSet<String>();
            codes.forEach(code -> Countries.lookup(code).map(area).ifPresent(values::add));
            values.forEach(v -> target.addValue(field, v));
        }
    }
}
