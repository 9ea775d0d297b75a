package org.passerelle.shared;

/** How many unread notifications a member has (for the badge in the main layout); provided by notifications. */
public interface UnreadNotifications {

    long unread(long userId);
}
