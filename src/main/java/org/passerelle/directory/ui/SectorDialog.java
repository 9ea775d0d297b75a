package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.passerelle.directory.SectorForm;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.shared.ui.Fields;

/** Creates a sector (existing == null) or renames one and hides / shows it. */
class SectorDialog extends Dialog {

    SectorDialog(SectorService sectors, SectorInfo existing, Runnable onChange) {
        setId("sector-dialog");
        setHeaderTitle(getTranslation(existing == null ? "sectors.add" : "sectors.edit"));
        var form = existing == null ? new SectorForm() : SectorForm.of(existing);
        var binder = Fields.binder(SectorForm.class);
        var code = field("sector-code", "sectors.code", 40);
        code.setReadOnly(existing != null);
        var nameEn = field("sector-name-en", "sectors.nameEn", 80);
        var nameFr = field("sector-name-fr", "sectors.nameFr", 80);
        binder.forField(code).bind("code");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(nameFr).bind("nameFr");
        binder.setBean(form);
        add(new FormLayout(code, nameEn, nameFr));

        var save = new Button(getTranslation("common.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                if (existing == null) {
                    sectors.create(form);
                } else {
                    sectors.rename(form);
                }
                onChange.run();
                close();
            } catch (SectorService.SectorCodeException taken) {
                code.setErrorMessage(getTranslation("sectors.code.taken"));
                code.setInvalid(true);
            }
        });
        save.setId("sector-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
        if (existing != null) {
            var toggle = new Button(getTranslation(existing.active() ? "sectors.hide" : "sectors.show"), e -> {
                sectors.setActive(existing.code(), !existing.active());
                onChange.run();
                close();
            });
            toggle.setId("sector-toggle");
            getFooter().add(toggle);
        }
        getFooter().add(save);
    }

    private TextField field(String id, String labelKey, int maxLength) {
        var field = Fields.text(this, labelKey, maxLength);
        field.setId(id);
        return field;
    }
}
