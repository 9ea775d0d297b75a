package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What the analyzers do to text, so that searches match across accents, plurals and languages. */
class SearchAnalysisConfigurerTest {

    static List<String> tokens(String analyzer, String text) throws IOException {
        var result = new ArrayList<String>();
        try (var stream = SearchAnalysisConfigurer.analyzer(analyzer).tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        }
        return result;
    }

    @Test
    void frenchFoldsAccentsRemovesElisionsAndStems() throws IOException {
        assertThat(tokens(SearchAnalyzers.FRENCH, "Médecins de l’hôpital"))
                .isEqualTo(tokens(SearchAnalyzers.FRENCH, "medecin de l'hopital"));
        assertThat(tokens(SearchAnalyzers.FRENCH, "l'hôpital")).containsExactly("hopital");
        assertThat(tokens(SearchAnalyzers.FRENCH, "médecins")).isEqualTo(tokens(SearchAnalyzers.FRENCH, "médecin"));
    }

    @Test
    void englishStemsAndFolds() throws IOException {
        assertThat(tokens(SearchAnalyzers.ENGLISH, "Surgeons' clinics"))
                .isEqualTo(tokens(SearchAnalyzers.ENGLISH, "surgeon clinic"));
        assertThat(tokens(SearchAnalyzers.ENGLISH, "Café")).containsExactly("cafe");
    }

    @Test
    void foldedKeepsWordsWhole() throws IOException {
        assertThat(tokens(SearchAnalyzers.FOLDED, "Aïcha Traoré-Diallo")).containsExactly("aicha", "traore", "diallo");
    }
}
