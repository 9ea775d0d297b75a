package org.passerelle.shared;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/** Bean Validation messages are looked up in the application's {@code messages} bundles (see validation.xml). */
public class MessagesInterpolator extends ResourceBundleMessageInterpolator {

    public MessagesInterpolator() {
        super(new PlatformResourceBundleLocator("messages"));
    }
}
