package org.passerelle.notifications.internal;

/** A rendered mail: recipient, subject and plain-text body in the recipient's language. */
public record ComposedMail(String recipient, String template, String subject, String body) {}
