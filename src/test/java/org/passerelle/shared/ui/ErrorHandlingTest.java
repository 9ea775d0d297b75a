package org.passerelle.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.springframework.security.access.AccessDeniedException;

class ErrorHandlingTest extends KaribuTest {

    private static String notificationText() {
        return LocatorJ._get(Notification.class).getElement().getProperty("text");
    }

    @Test
    void anUnexpectedFailureShowsATranslatedMessageWithAReference() {
        useLocale(Locale.FRENCH);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));
        assertThat(notificationText())
                .startsWith("Désolé, une erreur s’est produite")
                .doesNotContain("boom")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void aRefusedServiceCallSaysSo() {
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new RuntimeException(new AccessDeniedException("no"))));
        assertThat(notificationText()).isEqualTo("You are not allowed to do this.");
    }
}
