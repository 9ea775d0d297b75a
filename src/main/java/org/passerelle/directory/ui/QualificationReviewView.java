package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.directory.QualificationReviewService;

/** Qualifications waiting for verification; a moderator checks the evidence, then verifies. */
@Route("admin/qualifications")
@Menu(title = "nav.admin.qualifications", order = 102)
@RolesAllowed({"MODERATOR", "ADMIN"})
public class QualificationReviewView extends VerticalLayout implements HasDynamicTitle {

    private final QualificationReviewService review;
    private final Grid<QualificationReviewService.Pending> grid = new Grid<>();

    public QualificationReviewView(QualificationReviewService review) {
        this.review = review;
        setSizeFull();
        grid.setId("qualifications-grid");
        grid.addComponentColumn(p -> new Anchor("experts/" + p.profileId(), p.expertName()))
                .setHeader(getTranslation("review.expert"));
        grid.addColumn(p -> getTranslation(p.qualification().kind().labelKey()))
                .setHeader(getTranslation("profile.qualification.kind"));
        grid.addColumn(p -> p.qualification().title()).setHeader(getTranslation("profile.qualification.title"));
        grid.addColumn(p -> p.qualification().issuer()).setHeader(getTranslation("profile.qualification.issuer"));
        grid.addColumn(p -> p.qualification().year() == null
                        ? ""
                        : p.qualification().year())
                .setHeader(getTranslation("profile.qualification.year.label"));
        grid.addComponentColumn(p -> {
            var verify = new Button(getTranslation("review.verify"), e -> {
                review.verify(p.qualification().id());
                refresh();
            });
            verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            return verify;
        });
        grid.setSizeFull();
        add(new H1(getTranslation("review.title")), new Paragraph(getTranslation("review.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(review.pending(200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
