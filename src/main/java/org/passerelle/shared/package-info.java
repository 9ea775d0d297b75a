/**
 * Building blocks every module may use: base entity, time, configuration, i18n, search analyzer names and the main
 * layout with its error views.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.passerelle.shared;

import org.springframework.modulith.ApplicationModule;
