package org.passerelle.moderation;

/** Every kind of moderation action the staff log records. */
public enum StaffActionType {
    APPROVE_POST,
    REJECT_POST,
    HIDE_POST,
    AUTO_HIDE_POST,
    EDIT_POST,
    DISMISS_FLAGS,
    LOCK_TOPIC,
    UNLOCK_TOPIC,
    CLOSE_TOPIC,
    OPEN_TOPIC,
    PIN_TOPIC,
    UNPIN_TOPIC,
    MOVE_TOPIC,
    MOVE_POST,
    SLOW_MODE,
    WARN,
    SILENCE,
    SUSPEND,
    LIFT_PENALTY,
    WATCHED_WORD,
    SETTINGS;

    public String labelKey() {
        return "staff.action." + name();
    }
}
