package org.passerelle.communities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import org.passerelle.communities.WatchLevel;
import org.passerelle.shared.ui.Attempt;

/** The watch level of a topic or community, changed on the spot. */
final class WatchSelect {

    static Select<WatchLevel> of(Component owner, String id, WatchLevel current, Consumer<WatchLevel> change) {
        var select = new Select<WatchLevel>();
        select.setId(id);
        select.setLabel(owner.getTranslation("watch.level"));
        select.setItems(WatchLevel.values());
        select.setItemLabelGenerator(level -> owner.getTranslation(level.labelKey()));
        select.setValue(current);
        select.setWidth("22em");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Attempt.run(() -> change.accept(e.getValue()));
            }
        });
        return select;
    }

    private WatchSelect() {}
}
