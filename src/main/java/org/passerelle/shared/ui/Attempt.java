package org.passerelle.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.passerelle.shared.RefusedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Runs a user's action; when a service refuses it (a {@link RefusedException}, or a concurrent change of the same
 * record), shows the translated reason instead of failing, and says so.
 */
public final class Attempt {

    /** Runs the action; true if it went through, false if it was refused (the user has been told why). */
    public static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RefusedException refused) {
            show(refused.messageKey());
            return false;
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            show("error.concurrentChange");
            return false;
        }
    }

    /** Shows a translated warning. */
    public static void show(String messageKey) {
        var ui = UI.getCurrent();
        var notification = Notification.show(
                ui == null ? messageKey : ui.getTranslation(messageKey), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** Shows a translated confirmation. */
    public static void done(String messageKey, Object... parameters) {
        var ui = UI.getCurrent();
        var notification = Notification.show(
                ui == null ? messageKey : ui.getTranslation(messageKey, parameters),
                5000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Attempt() {}
}
