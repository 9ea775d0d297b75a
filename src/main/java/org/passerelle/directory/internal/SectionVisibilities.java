package org.passerelle.directory.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;

/**
 * Indexes a profile's visibility map as one stored keyword field per section, {@code visibility_SECTION} (the
 * section's default when the map has none), so that search results show each expert only what they chose to show.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@PropertyMapping(processor = @PropertyMappingAnnotationProcessorRef(type = SectionVisibilities.Processor.class))
@interface SectionVisibilities {

    class Processor implements PropertyMappingAnnotationProcessor<SectionVisibilities> {
        @Override
        public void process(
                PropertyMappingStep mapping,
                SectionVisibilities annotation,
                PropertyMappingAnnotationProcessorContext context) {
            mapping.binder(new Binder());
        }
    }

    class Binder implements PropertyBinder {
        /** The field of a section. */
        static String field(ProfileSection section) {
            return "visibility_" + section.name();
        }

        @Override
        public void bind(PropertyBindingContext context) {
            context.dependencies().useRootOnly();
            var type = context.typeFactory()
                    .asString()
                    .projectable(Projectable.YES)
                    .dslConverter(Visibility.class, (value, convert) -> value.name())
                    .projectionConverter(Visibility.class, (value, convert) -> Visibility.valueOf(value))
                    .toIndexFieldType();
            var fields = new EnumMap<ProfileSection, IndexFieldReference<String>>(ProfileSection.class);
            for (var section : ProfileSection.values()) {
                fields.put(
                        section,
                        context.indexSchemaElement().field(field(section), type).toReference());
            }
            context.bridge(Map.class, new Bridge(fields));
        }
    }

    @SuppressWarnings("rawtypes")
    record Bridge(Map<ProfileSection, IndexFieldReference<String>> fields) implements PropertyBridge<Map> {
        @Override
        public void write(DocumentElement target, Map visibility, PropertyBridgeWriteContext context) {
            fields.forEach((section, field) ->
                    target.addValue(field, ((Visibility) visibility.getOrDefault(section, Visibility.DEFAULT)).name()));
        }
    }
}
