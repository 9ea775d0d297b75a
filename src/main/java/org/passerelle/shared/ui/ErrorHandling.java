package org.passerelle.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.UUID;
import org.passerelle.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the user sees when something fails while handling a click or an edit: a short translated message (and, for
 * unexpected failures, a reference to find the details in the log), never a stack trace.
 */
@SpringComponent
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        var ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        var refused = cause(event.getThrowable(), RefusedException.class);
        if (refused != null) {
            // a refusal no view caught (a rate limit met while a grid fetches results…): its reason, as Attempt shows
            // it
            Attempt.show(refused.messageKey());
            return;
        }
        String text;
        if (causedBy(event.getThrowable(), AccessDeniedException.class)) {
            log.warn("Access denied: {}", event.getThrowable().getMessage());
            text = ui.getTranslation("error.action.denied");
        } else {
            var reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            text = ui.getTranslation("error.action.failed", reference);
        }
        var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static <T extends Throwable> T cause(Throwable throwable, Class<T> type) {
        for (var t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
        return cause(throwable, type) != null;
    }
}
