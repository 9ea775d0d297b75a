package org.passerelle.directory.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.passerelle.shared.Texts;
import org.springframework.modulith.NamedInterface;

/**
 * Skills as tags: while typing, the vocabulary's concepts are suggested by their label in the reader's language
 * (whatever language the typed words are in), then skills others use; any other text is accepted as typed (at most
 * 60 characters). Used for an expert's skills and for a mission's required skills.
 */
@NamedInterface("widgets")
public class SkillsField extends MultiSelectComboBox<String> {

    private static final int MAX_LENGTH = 60;
    private final Set<String> typed = new LinkedHashSet<>();

    /**
     * @param concepts suggestions from the vocabulary for what is typed, in the reader's language
     * @param common skills others often use, offered when nothing is typed
     */
    public SkillsField(
            String label,
            String id,
            Set<String> current,
            BiFunction<String, Locale, List<String>> concepts,
            List<String> common) {
        super(label);
        setId(id);
        setAllowCustomValue(true);
        typed.addAll(current);
        setItems(query -> {
            var filter = query.getFilter().orElse("");
            var offset = query.getOffset();
            var limit = query.getLimit();
            var items = new LinkedHashSet<String>();
            var folded = fold(filter);
            typed.stream().filter(s -> fold(s).contains(folded)).forEach(items::add);
            if (!folded.isBlank()) {
                items.addAll(concepts.apply(filter, getLocale()));
            }
            common.stream().filter(s -> fold(s).contains(folded)).forEach(items::add);
            return new ArrayList<>(items).stream().skip(offset).limit(limit);
        });
        addCustomValueSetListener(e -> {
            var skill = e.getDetail().strip();
            if (!skill.isEmpty() && skill.length() <= MAX_LENGTH) {
                typed.add(skill);
                var selected = new LinkedHashSet<>(getValue());
                selected.add(skill);
                getDataProvider().refreshAll();
                setValue(selected);
            }
        });
        setWidthFull();
    }

    private static String fold(String text) {
        return Texts.fold(text);
    }
}
