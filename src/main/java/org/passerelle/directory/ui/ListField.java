package org.passerelle.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A list of items edited in place, one row each, with an "add" button and a remove button per row. */
abstract class ListField<T> extends CustomField<List<T>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<T> value = new ArrayList<>();

    ListField(String id, String labelKey, String addKey, Supplier<T> blank) {
        setId(id);
        setLabel(getTranslation(labelKey));
        rows.setPadding(false);
        var add = new Button(getTranslation(addKey), VaadinIcon.PLUS.create(), e -> {
            value.add(blank.get());
            refresh();
            updateValue();
        });
        add.setId(id + "-add");
        add(new VerticalLayout(rows, add));
    }

    /** The editing components of one item; {@code update} takes the item as edited. */
    abstract List<Component> editors(T item, Consumer<T> update);

    private void refresh() {
        rows.removeAll();
        for (int i = 0; i < value.size(); i++) {
            var index = i;
            var row = new HorizontalLayout();
            row.add(editors(value.get(index), edited -> {
                value.set(index, edited);
                updateValue();
            }));
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                value.remove(index);
                refresh();
                updateValue();
            });
            remove.setAriaLabel(getTranslation("common.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(remove);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            row.addClassName("list-field-row");
            rows.add(row);
        }
    }

    @Override
    protected List<T> generateModelValue() {
        return new ArrayList<>(value);
    }

    @Override
    protected void setPresentationValue(List<T> newValue) {
        value.clear();
        if (newValue != null) {
            value.addAll(newValue);
        }
        refresh();
    }
}
