package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.directory.AvailabilityWindow;

/** Periods when the expert can take on a mission: from, to, remote and/or on site. */
class AvailabilityField extends CustomField<List<AvailabilityWindow>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<AvailabilityWindow> value = new ArrayList<>();

    AvailabilityField(Clock clock) {
        setLabel(getTranslation("profile.availability"));
        setId("profile-availability");
        rows.setPadding(false);
        var add = new Button(getTranslation("profile.availability.add"), VaadinIcon.PLUS.create(), e -> {
            var today = LocalDate.now(clock);
            value.add(new AvailabilityWindow(today, today.plusWeeks(4), true, false));
            refresh();
            updateValue();
        });
        add.setId("profile-availability-add");
        add(new VerticalLayout(rows, add));
    }

    private void refresh() {
        rows.removeAll();
        for (int i = 0; i < value.size(); i++) {
            rows.add(row(i));
        }
    }

    private HorizontalLayout row(int index) {
        var window = value.get(index);
        var start = new DatePicker(getTranslation("profile.availability.from"), window.start());
        var end = new DatePicker(getTranslation("profile.availability.to"), window.end());
        start.setLocale(getLocale());
        end.setLocale(getLocale());
        var remote = new Checkbox(getTranslation("profile.availability.remote"), window.remote());
        var onSite = new Checkbox(getTranslation("profile.availability.onSite"), window.onSite());
        Runnable changed = () -> {
            value.set(
                    index,
                    new AvailabilityWindow(start.getValue(), end.getValue(), remote.getValue(), onSite.getValue()));
            updateValue();
        };
        start.addValueChangeListener(e -> changed.run());
        end.addValueChangeListener(e -> changed.run());
        remote.addValueChangeListener(e -> changed.run());
        onSite.addValueChangeListener(e -> changed.run());
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            value.remove(index);
            refresh();
            updateValue();
        });
        remove.setAriaLabel(getTranslation("common.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(start, end, remote, onSite, remove);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.addClassName("availability-row");
        return row;
    }

    @Override
    protected List<AvailabilityWindow> generateModelValue() {
        return new ArrayList<>(value);
    }

    @Override
    protected void setPresentationValue(List<AvailabilityWindow> newValue) {
        value.clear();
        if (newValue != null) {
            value.addAll(newValue);
        }
        refresh();
    }
}
