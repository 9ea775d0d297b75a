package org.passerelle.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.directory.AvailabilityWindow;

/** Periods when the expert can take on a mission: from, to, remote and/or on site. */
class AvailabilityField extends ListField<AvailabilityWindow> {

    AvailabilityField(Clock clock) {
        super("profile-availability", "profile.availability", "profile.availability.add", () -> {
            var today = LocalDate.now(clock);
            return new AvailabilityWindow(today, today.plusWeeks(4), true, false);
        });
    }

    @Override
    List<Component> editors(AvailabilityWindow window, Consumer<AvailabilityWindow> update) {
        var start = new DatePicker(getTranslation("profile.availability.from"), window.start());
        var end = new DatePicker(getTranslation("profile.availability.to"), window.end());
        start.setLocale(getLocale());
        end.setLocale(getLocale());
        var remote = new Checkbox(getTranslation("profile.availability.remote"), window.remote());
        var onSite = new Checkbox(getTranslation("profile.availability.onSite"), window.onSite());
        Runnable changed = () -> update.accept(
                new AvailabilityWindow(start.getValue(), end.getValue(), remote.getValue(), onSite.getValue()));
        start.addValueChangeListener(e -> changed.run());
        end.addValueChangeListener(e -> changed.run());
        remote.addValueChangeListener(e -> changed.run());
        onSite.addValueChangeListener(e -> changed.run());
        return List.of(start, end, remote, onSite);
    }
}
