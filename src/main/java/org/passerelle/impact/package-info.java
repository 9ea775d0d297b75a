/**
 * The atlas and impact reporting: the network by continent, region and country on a world map, the impact dashboard
 * (missions, response times, outcomes; by country, sector and gender), CSV and PDF exports, and the read-only open
 * data API. A read model: it reads with SQL the reporting views the other modules publish (their …Reporting enums,
 * never their tables) and publishes only aggregates, with small
 * counts of people suppressed so that no one can be identified from a statistic.
 */
@ApplicationModule(allowedDependencies = {"shared", "directory", "missions", "institutions", "communities"})
package org.passerelle.impact;

import org.springframework.modulith.ApplicationModule;
