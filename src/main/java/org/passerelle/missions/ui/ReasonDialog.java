package org.passerelle.missions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.passerelle.shared.ui.Fields;

/** Asks for a reason before an action (cancel, request changes, decline); required unless said otherwise. */
class ReasonDialog extends Dialog {

    ReasonDialog(
            String title, String labelKey, int maxLength, boolean required, String confirmKey, Consumer<String> then) {
        setHeaderTitle(title);
        setId("reason-dialog");
        var reason = Fields.area(this, labelKey, maxLength);
        reason.setId("reason-text");
        reason.setWidth("30em");
        var confirm = new Button(getTranslation(confirmKey), e -> {
            if (required && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("mission.reason.required"));
                reason.setInvalid(true);
                return;
            }
            close();
            then.accept(reason.getValue());
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
