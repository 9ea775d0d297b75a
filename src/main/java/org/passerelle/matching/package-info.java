/**
 * All full-text search and ranking: the expert directory search (facets, highlights, typo tolerance, visibility
 * aware), the mission board search, mission → expert ranking with explanations, and its reverse, missions for an
 * expert (with alerts when a new mission fits).
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "directory", "missions", "communities"})
package org.passerelle.matching;

import org.springframework.modulith.ApplicationModule;
