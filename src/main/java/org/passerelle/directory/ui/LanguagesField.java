package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.Languages;
import org.passerelle.directory.ProficiencyLevel;
import org.springframework.modulith.NamedInterface;

/**
 * Languages, each with a level: a list with remove buttons and a row to add one. Used for the languages an expert
 * speaks and for those a mission requires.
 */
@NamedInterface("widgets")
public class LanguagesField extends CustomField<List<LanguageSkill>> {

    private final Languages languages;
    private final String idPrefix;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<LanguageSkill> value = new ArrayList<>();

    /**
     * @param idPrefix prefix of the component ids ({@code profile} gives {@code profile-languages}…)
     * @param labelKey the field's label
     */
    public LanguagesField(Languages languages, String idPrefix, String labelKey) {
        this.languages = languages;
        this.idPrefix = idPrefix;
        setLabel(getTranslation(labelKey));
        setId(idPrefix + "-languages");
        rows.setPadding(false);
        rows.setSpacing(false);

        var language = new ComboBox<String>();
        language.setId(idPrefix + "-language-new");
        language.setAriaLabel(getTranslation("profile.languages.language"));
        language.setPlaceholder(getTranslation("profile.languages.language"));
        language.setItems(languages.sortedByName(getLocale()));
        language.setItemLabelGenerator(code -> languages.name(code, getLocale()));
        var level = levelSelect();
        level.setId(idPrefix + "-language-level-new");
        var add = new Button(getTranslation("profile.languages.add"), e -> {
            if (language.getValue() != null && level.getValue() != null) {
                value.removeIf(l -> l.language().equals(language.getValue()));
                value.add(new LanguageSkill(language.getValue(), level.getValue()));
                language.clear();
                refresh();
                updateValue();
            }
        });
        add.setId(idPrefix + "-language-add");
        var addRow = new HorizontalLayout(language, level, add);
        addRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new VerticalLayout(rows, addRow));
    }

    private Select<ProficiencyLevel> levelSelect() {
        var level = new Select<ProficiencyLevel>();
        level.setItems(ProficiencyLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        level.setAriaLabel(getTranslation("profile.languages.level"));
        level.setPlaceholder(getTranslation("profile.languages.level"));
        return level;
    }

    private void refresh() {
        rows.removeAll();
        for (var skill : value) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                value.remove(skill);
                refresh();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("common.remove") + " " + languages.name(skill.language(), getLocale()));
            var row = new HorizontalLayout(
                    new Span(languages.name(skill.language(), getLocale()) + " — "
                            + getTranslation(skill.level().labelKey())),
                    remove);
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            rows.add(row);
        }
    }

    @Override
    protected List<LanguageSkill> generateModelValue() {
        return new ArrayList<>(value);
    }

    @Override
    protected void setPresentationValue(List<LanguageSkill> newValue) {
        value.clear();
        if (newValue != null) {
            value.addAll(newValue);
        }
        refresh();
    }
}
