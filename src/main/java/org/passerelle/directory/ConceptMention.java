package org.passerelle.directory;

/**
 * A concept found in a text: which concept, the language of the label that matched, and the words as written.
 *
 * @param language the language of the vocabulary label that matched (en, fr, ar)
 * @param surface the words of the text that matched, as written
 */
public record ConceptMention(String conceptId, String language, String surface) {}
