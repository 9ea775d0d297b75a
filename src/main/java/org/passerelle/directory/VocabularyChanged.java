package org.passerelle.directory;

import java.util.List;

/**
 * An administrator added labels to the vocabulary: the profiles and missions whose texts contain them must be indexed
 * again (their concepts changed).
 */
public record VocabularyChanged(List<String> labels) {}
