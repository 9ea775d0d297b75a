package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import java.util.function.Consumer;
import org.passerelle.accounts.AccountStatus;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.UserAdminService;
import org.passerelle.accounts.UserSummary;
import org.passerelle.shared.RefusedException;

/** Change one user's roles, or disable / re-enable the account. */
class UserEditDialog extends Dialog {

    UserEditDialog(UserAdminService admin, UserSummary user, Consumer<UserSummary> onChange) {
        setHeaderTitle(user.displayName());
        setId("user-edit-dialog");
        var roles = new CheckboxGroup<Role>(getTranslation("admin.users.roles"));
        roles.setId("user-roles");
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setValue(user.roles());
        var status = new Paragraph(getTranslation(
                "common.labelled",
                getTranslation("admin.users.status"),
                getTranslation(user.status().labelKey())));
        add(new Paragraph(user.email()), status, roles);

        var save = new Button(
                getTranslation("admin.users.saveRoles"),
                e -> act(() -> {
                    onChange.accept(admin.changeRoles(user.id(), roles.getValue()));
                    close();
                }));
        save.setId("user-save-roles");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var disabled = user.status() == AccountStatus.DISABLED;
        var toggle = new Button(
                getTranslation(disabled ? "admin.users.enable" : "admin.users.disable"),
                e -> act(() -> {
                    onChange.accept(admin.setDisabled(user.id(), !disabled));
                    close();
                }));
        toggle.setId("user-toggle-disabled");
        toggle.addThemeVariants(disabled ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, toggle, save);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RefusedException refused) {
            var n = Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
