/**
 * The expert directory: reference data (countries and their UN M49 regions, languages, proficiency levels, sectors)
 * and, built on it, expert profiles.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts"})
package org.passerelle.directory;

import org.springframework.modulith.ApplicationModule;
