package org.passerelle.institutions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.passerelle.directory.Countries;
import org.passerelle.institutions.InstitutionDetails;
import org.passerelle.institutions.InstitutionReviewService;

/** Institutions waiting for verification; administrators verify them or reject them with a reason. */
@Route("admin/institutions")
@Menu(title = "nav.admin.institutions", order = 101)
@RolesAllowed("ADMIN")
public class InstitutionReviewView extends VerticalLayout implements HasDynamicTitle {

    private final InstitutionReviewService review;
    private final Grid<InstitutionDetails> grid = new Grid<>();

    public InstitutionReviewView(InstitutionReviewService review, Countries countries) {
        this.review = review;
        setSizeFull();
        grid.setId("institutions-grid");
        grid.addColumn(InstitutionDetails::name)
                .setHeader(getTranslation("institution.name"))
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation(i.type().labelKey())).setHeader(getTranslation("institution.type"));
        grid.addColumn(i -> countries.name(i.country(), getLocale())).setHeader(getTranslation("institution.country"));
        grid.addColumn(InstitutionDetails::website).setHeader(getTranslation("institution.website"));
        grid.addColumn(InstitutionDetails::emailDomain).setHeader(getTranslation("institution.domain"));
        grid.addComponentColumn(i -> review.evidence(i.id())
                        .<Component>map(document -> {
                            var link = new Anchor(
                                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                            new ByteArrayInputStream(document.content()),
                                            document.fileName(),
                                            document.contentType(),
                                            document.content().length)),
                                    getTranslation("institution.evidence.download"));
                            link.setId("evidence-" + i.id());
                            return link;
                        })
                        .orElseGet(() -> new Span(getTranslation("institution.evidence.none"))))
                .setHeader(getTranslation("institution.evidence.title"))
                .setKey("evidence");
        grid.addComponentColumn(i -> {
                    var verify = new Button(getTranslation("review.verify"), e -> {
                        review.verify(i.id());
                        refresh();
                    });
                    verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
                    var reject = new Button(
                            getTranslation("institution.reject"),
                            e -> rejectDialog(i).open());
                    reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    return new HorizontalLayout(verify, reject);
                })
                .setKey("actions");
        grid.setSizeFull();
        add(new H1(getTranslation("institution.review.title")), grid);
        refresh();
    }

    private Dialog rejectDialog(InstitutionDetails institution) {
        var dialog = new Dialog(getTranslation("institution.reject.title", institution.name()));
        dialog.setId("institution-reject-dialog");
        var reason = new TextArea(getTranslation("institution.reject.reasonLabel"));
        reason.setId("institution-reject-reason");
        reason.setMaxLength(1000);
        reason.setWidth("30em");
        var confirm = new Button(getTranslation("institution.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("institution.reject.reason"));
                reason.setInvalid(true);
                return;
            }
            review.reject(institution.id(), reason.getValue());
            dialog.close();
            refresh();
        });
        confirm.setId("institution-reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }

    private void refresh() {
        grid.setItems(review.pending());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institution.review.title");
    }
}
