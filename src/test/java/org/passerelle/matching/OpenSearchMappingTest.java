package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The "opensearch" profile loads, and the index schema it would create in the cluster (exported without one: no
 * cluster runs here) defines the same analyzers as the Lucene backend and maps the bilingual fields to them.
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
            "passerelle.index.check-at-startup=false"
        })
@ActiveProfiles({"test", "opensearch"})
@Import(TestConfig.class)
class OpenSearchMappingTest {

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void theClusterSchemaHasTheSameAnalyzersAndMapsBothLanguages() throws Exception {
        var dir = Files.createTempDirectory(Path.of("target"), "opensearch-schema");
        Search.mapping(entityManagers).scope(Object.class).schemaManager().exportExpectedSchema(dir);

        String schema;
        try (var files = Files.walk(dir)) {
            schema = files.filter(Files::isRegularFile)
                    .map(file -> {
                        try {
                            return file + "\n" + Files.readString(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
        assertThat(schema)
                .as("an index per searchable entity")
                .contains("expertprofile", "mission", "post")
                .contains("\"passerelle_english_stemmer\"", "\"passerelle_french_elision\"", "\"asciifolding\"")
                .contains("\"possessive_english\"", "\"French\"", "\"jusqu\"")
                .containsPattern("\"text_en\"\\s*:\\s*\\{[^}]*\"analyzer\"\\s*:\\s*\"english\"")
                .containsPattern("\"text_fr\"\\s*:\\s*\\{[^}]*\"analyzer\"\\s*:\\s*\"french\"");
    }
}
