package org.passerelle.matching.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.passerelle.matching.MatchCriterion;

/**
 * A match explanation as a list: each criterion with a mark saying whether it matched (in words, not colour alone,
 * for screen readers), and what matched.
 */
class Explanation extends UnorderedList {

    Explanation(List<MatchCriterion> criteria) {
        addClassName("match-explanation");
        for (var criterion : criteria) {
            var outcome = new Span(
                    getTranslation("match.outcome." + criterion.outcome().name()));
            outcome.getElement()
                    .getThemeList()
                    .add(
                            switch (criterion.outcome()) {
                                case MET -> "badge success";
                                case NOT_MET -> "badge contrast";
                                case HIDDEN -> "badge";
                            });
            var item = new ListItem(
                    outcome, new Span(" " + getTranslation(criterion.criterion().labelKey())));
            if (!criterion.details().isEmpty()) {
                item.add(new Span(" — " + String.join(", ", criterion.details())));
            }
            item.addClassName("criterion-" + criterion.outcome().name().toLowerCase(java.util.Locale.ROOT));
            add(item);
        }
    }
}
