package org.passerelle.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.passerelle.shared.ui.Fields;

/** Invites an expert to a mission, with an optional personal message. */
class InviteDialog extends Dialog {

    InviteDialog(String expertName, Consumer<String> invite) {
        setHeaderTitle(getTranslation("candidates.invite.title", expertName));
        setId("invite-dialog");
        var message = Fields.area(this, "candidates.invite.message", 2000);
        message.setId("invite-message");
        message.setWidth("30em");
        var send = new Button(getTranslation("candidates.invite"), e -> {
            close();
            invite.accept(message.getValue());
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(message);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }
}
