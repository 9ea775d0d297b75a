/**
 * Users, roles, registration with e-mail verification, login (throttled), password reset, e-mail change, user
 * administration and the security configuration.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.passerelle.accounts;

import org.springframework.modulith.ApplicationModule;
