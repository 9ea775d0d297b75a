/**
 * Origin-country institutions (ministries, public hospitals, universities, municipalities, NGOs) and their
 * representatives; administrators verify them, and only verified institutions will publish missions.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "directory"})
package org.passerelle.institutions;

import org.springframework.modulith.ApplicationModule;
