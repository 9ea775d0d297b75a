package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.passerelle.directory.ConceptForm;
import org.passerelle.directory.VocabularyService;
import org.passerelle.directory.VocabularyService.ConceptSummary;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Fields;

/** Adds a label to a concept (existing != null), or a new concept under a broader one with its three labels. */
class ConceptDialog extends Dialog {

    ConceptDialog(VocabularyService vocabulary, ConceptSummary existing, Runnable onChange) {
        setId("concept-dialog");
        setHeaderTitle(existing == null ? getTranslation("vocabulary.newConcept") : existing.label());
        var form = new ConceptForm();
        var binder = Fields.binder(ConceptForm.class);
        var layout = new FormLayout();
        TextField problem;
        if (existing == null) {
            var broader = new ComboBox<ConceptSummary>(getTranslation("vocabulary.broader"));
            broader.setId("concept-broader");
            broader.setItems(
                    (ComboBox.ItemFilter<ConceptSummary>) (item, typed) -> (item.label() + " " + item.id())
                            .toLowerCase(Locale.ROOT)
                            .contains(typed.toLowerCase(Locale.ROOT)),
                    vocabulary.concepts("", getLocale(), 1000));
            broader.setItemLabelGenerator(c -> c.label() + " (" + c.id() + ")");
            broader.addValueChangeListener(e ->
                    form.setBroader(e.getValue() == null ? "" : e.getValue().id()));
            broader.setRequiredIndicatorVisible(true);
            var en = field("concept-label-en", "vocabulary.label.en");
            var fr = field("concept-label-fr", "vocabulary.label.fr");
            var ar = field("concept-label-ar", "vocabulary.label.ar");
            binder.forField(en).bind("labelEn");
            binder.forField(fr).bind("labelFr");
            binder.forField(ar).bind("labelAr");
            layout.add(broader, en, fr, ar);
            problem = en;
        } else {
            form.setConceptId(existing.id());
            var language = new Select<String>();
            language.setId("concept-language");
            language.setLabel(getTranslation("vocabulary.language"));
            language.setItems(List.of("en", "fr", "ar"));
            language.setItemLabelGenerator(code -> getTranslation("vocabulary.label." + code));
            var label = field("concept-label", "vocabulary.label");
            binder.forField(language).bind("language");
            binder.forField(label).bind("label");
            layout.add(language, label);
            problem = label;
        }
        binder.setBean(form);
        add(layout);
        var save = new Button(getTranslation("common.save"), e -> {
            if (!binder.validate().isOk() || !form.isLabelled()) {
                problem.setErrorMessage(getTranslation("vocabulary.label.required"));
                problem.setInvalid(true);
                return;
            }
            try {
                vocabulary.add(form);
                onChange.run();
                close();
            } catch (RefusedException refused) {
                problem.setErrorMessage(getTranslation(refused.messageKey()));
                problem.setInvalid(true);
            }
        });
        save.setId("concept-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private TextField field(String id, String labelKey) {
        var field = Fields.text(this, labelKey, 100);
        field.setId(id);
        return field;
    }
}
