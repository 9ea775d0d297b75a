/**
 * All full-text search and ranking: the expert directory search (facets, highlights, typo tolerance, visibility
 * aware); later, mission to expert ranking with explanations.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "directory"})
package org.passerelle.matching;

import org.springframework.modulith.ApplicationModule;
