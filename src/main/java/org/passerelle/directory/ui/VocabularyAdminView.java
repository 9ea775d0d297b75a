package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.directory.VocabularyService;
import org.passerelle.directory.VocabularyService.ConceptSummary;

/**
 * Administrators browse the skills and occupations vocabulary and extend it without a release: a label (a synonym,
 * an abbreviation, an occupation) for a concept, or a new concept under a broader one. What they add takes effect at
 * once; the profiles and missions that mention it are indexed again.
 */
@Route("admin/vocabulary")
@Menu(title = "nav.admin.vocabulary", order = 106)
@RolesAllowed("ADMIN")
public class VocabularyAdminView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 300;

    private final VocabularyService vocabulary;
    private final Grid<ConceptSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public VocabularyAdminView(VocabularyService vocabulary) {
        this.vocabulary = vocabulary;
        setSizeFull();
        filter.setId("vocabulary-filter");
        filter.setLabel(getTranslation("vocabulary.filter"));
        filter.setMaxLength(100);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setWidth("20em");
        grid.setId("vocabulary-grid");
        grid.addColumn(ConceptSummary::label)
                .setHeader(getTranslation("vocabulary.concept"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.labels().getOrDefault("en", ""))
                .setHeader(getTranslation("vocabulary.label.en"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.labels().getOrDefault("fr", ""))
                .setHeader(getTranslation("vocabulary.label.fr"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.labels().getOrDefault("ar", ""))
                .setHeader(getTranslation("vocabulary.label.ar"))
                .setFlexGrow(2);
        grid.addColumn(ConceptSummary::broaderLabel).setHeader(getTranslation("vocabulary.broader"));
        grid.addItemClickListener(e -> new ConceptDialog(vocabulary, e.getItem(), this::refresh).open());
        grid.setSizeFull();
        var add = new Button(
                getTranslation("vocabulary.newConcept"),
                e -> new ConceptDialog(vocabulary, null, this::refresh).open());
        add.setId("vocabulary-new-concept");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("vocabulary.title")),
                new Paragraph(getTranslation("vocabulary.intro")),
                filter,
                add,
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(vocabulary.concepts(filter.getValue(), getLocale(), SHOWN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vocabulary.title");
    }
}
