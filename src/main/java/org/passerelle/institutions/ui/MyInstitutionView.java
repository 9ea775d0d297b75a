package org.passerelle.institutions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.institutions.InstitutionDetails;
import org.passerelle.institutions.InstitutionForm;
import org.passerelle.institutions.InstitutionMembershipService;
import org.passerelle.institutions.InstitutionService;
import org.passerelle.institutions.InstitutionSummary;
import org.passerelle.institutions.InstitutionType;
import org.passerelle.institutions.JoinRequestStatus;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;
import org.slf4j.LoggerFactory;

/**
 * A representative registers their institution or asks to join one already on Passerelle; then follows its
 * verification, keeps its details and evidence up to date, and decides who else may act for it.
 */
@Route("institution")
@Menu(title = "nav.institution", order = 20)
@RolesAllowed("INSTITUTION_REP")
public class MyInstitutionView extends VerticalLayout implements HasDynamicTitle {

    /** Largest upload read: one byte over the limit is enough to refuse it. */
    private static final int READ_LIMIT = 5 * 1024 * 1024 + 1;

    private final InstitutionService institutions;
    private final InstitutionMembershipService membership;
    private final Countries countries;
    private final Paragraph status = new Paragraph();

    public MyInstitutionView(
            InstitutionService institutions, InstitutionMembershipService membership, Countries countries) {
        this.institutions = institutions;
        this.membership = membership;
        this.countries = countries;
        setMaxWidth("50em");
        status.setId("institution-status");
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("institution.title")), status);
        var mine = institutions.mine();
        if (mine.isPresent()) {
            show(mine.get());
            var colleagues = membership.colleagues();
            if (!colleagues.isEmpty()) {
                add(new Paragraph(getTranslation("institution.colleagues", String.join(", ", colleagues))));
            }
            add(detailsForm());
            add(evidence());
            add(joinRequests());
            return;
        }
        status.setText(getTranslation("institution.intro"));
        var request = membership.myJoinRequest().filter(r -> r.status() == JoinRequestStatus.PENDING);
        if (request.isPresent()) {
            var waiting = new Paragraph(getTranslation(
                    "institution.join.yours",
                    request.get().institutionName(),
                    getTranslation(request.get().status().labelKey())));
            waiting.setId("institution-join-status");
            var withdraw = new Button(getTranslation("institution.join.withdraw"), e -> {
                Attempt.run(membership::withdrawJoinRequest);
                build();
            });
            withdraw.setId("institution-join-withdraw");
            add(waiting, withdraw);
            return;
        }
        add(joinForm(), new H2(getTranslation("institution.register.title")), detailsForm());
    }

    private VerticalLayout detailsForm() {
        var form = institutions.myForm().orElseGet(InstitutionForm::new);
        var binder = Fields.binder(InstitutionForm.class);
        var name = text("institution-name", "institution.name", 200);
        var type = new Select<InstitutionType>();
        type.setId("institution-type");
        type.setLabel(getTranslation("institution.type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        var country = new ComboBox<String>(getTranslation("institution.country"));
        country.setId("institution-country");
        country.setItems(
                countries.sortedByName(getLocale()).stream().map(Country::code).toList());
        country.setItemLabelGenerator(code -> countries.name(code, getLocale()));
        var region = text("institution-region", "institution.region", 100);
        var city = text("institution-city", "institution.city", 100);
        var website = text("institution-website", "institution.website", 300);
        website.setHelperText(getTranslation("institution.website.help"));
        var domain = text("institution-domain", "institution.domain", 100);
        domain.setHelperText(getTranslation("institution.domain.help"));
        binder.forField(name)
                .asRequired(getTranslation("institution.name.required"))
                .bind("name");
        binder.forField(type).bind("type");
        binder.forField(country)
                .asRequired(getTranslation("institution.country.required"))
                .bind("country");
        binder.forField(region).bind("region");
        binder.forField(city).bind("city");
        binder.forField(website).bind("website");
        binder.forField(domain).bind("emailDomain");
        binder.setBean(form);

        var save = new Button(getTranslation("institution.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            var registering = institutions.mine().isEmpty();
            var saved = Attempt.run(() -> {
                var view = registering ? institutions.register(form) : institutions.update(form);
                show(view);
            });
            if (saved) {
                Attempt.done("institution.saved");
                if (registering) {
                    build();
                }
            }
        });
        save.setId("institution-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(new FormLayout(name, type, country, region, city, website, domain), save);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout joinForm() {
        var institution = new ComboBox<InstitutionSummary>(getTranslation("institution.join.institution"));
        institution.setId("institution-join-choice");
        institution.setItems(membership.joinable());
        institution.setItemLabelGenerator(i -> i.name() + " — " + countries.name(i.country(), getLocale()));
        institution.setWidthFull();
        var message = Fields.area(this, "institution.join.message", 1000);
        message.setId("institution-join-message");
        message.setWidthFull();
        var send = new Button(getTranslation("institution.join.send"), e -> {
            if (institution.getValue() == null) {
                institution.setErrorMessage(getTranslation("institution.none"));
                institution.setInvalid(true);
                return;
            }
            if (Attempt.run(
                    () -> membership.requestToJoin(institution.getValue().id(), message.getValue()))) {
                Attempt.done("institution.join.sent");
                build();
            }
        });
        send.setId("institution-join-send");
        var layout = new VerticalLayout(
                new H2(getTranslation("institution.join.title")),
                new Paragraph(getTranslation("institution.join.intro")),
                institution,
                message,
                send);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout evidence() {
        var current = new Paragraph(membership
                .myEvidenceName()
                .map(n -> getTranslation("institution.evidence.given", n))
                .orElse(getTranslation("institution.evidence.none")));
        current.setId("institution-evidence-current");
        // The upload arrives on its own request: the page polls while it is under way (see PhotoField).
        UploadHandler handler = event -> {
            var bytes = event.getInputStream().readNBytes(READ_LIMIT);
            String outcome;
            String name = null;
            try {
                name = membership.uploadEvidence(event.getFileName(), bytes);
                outcome = "institution.evidence.saved";
            } catch (RefusedException refused) {
                outcome = refused.messageKey();
            } catch (RuntimeException failure) {
                LoggerFactory.getLogger(MyInstitutionView.class).warn("Evidence upload failed", failure);
                outcome = "institution.evidence.failed";
            }
            var shown = outcome;
            var saved = name;
            event.getUI().access(() -> {
                current.setText(
                        saved == null
                                ? getTranslation(shown)
                                : getTranslation("institution.evidence.given", saved) + " — " + getTranslation(shown));
                event.getUI().setPollInterval(-1);
            });
        };
        var upload = new Upload(handler);
        upload.setId("institution-evidence-upload");
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(READ_LIMIT - 1);
        upload.setMaxFiles(1);
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("institution.evidence.drop"))
                .setMany(getTranslation("institution.evidence.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("institution.evidence.choose"))
                .setMany(getTranslation("institution.evidence.choose")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("institution.evidence.one"))
                .setFileIsTooBig(getTranslation("institution.evidence.tooBig"))
                .setIncorrectFileType(getTranslation("institution.evidence.type")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> current.setText(getTranslation("institution.evidence.tooBig")));
        upload.addStartedListener(e -> e.getSource().getUI().ifPresent(ui -> ui.setPollInterval(500)));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        var layout = new VerticalLayout(
                new H2(getTranslation("institution.evidence.title")),
                new Paragraph(getTranslation("institution.evidence.help")),
                current,
                upload);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout joinRequests() {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("institution-join-requests");
        var pending = membership.pendingRequests();
        if (pending.isEmpty()) {
            return layout;
        }
        layout.add(new H2(getTranslation("institution.join.requests")));
        for (var request : pending) {
            var approve = new Button(getTranslation("institution.join.approve"), e -> {
                Attempt.run(() -> membership.decide(request.id(), true));
                build();
            });
            approve.setId("join-approve-" + request.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            var reject = new Button(getTranslation("institution.join.reject"), e -> {
                Attempt.run(() -> membership.decide(request.id(), false));
                build();
            });
            reject.setId("join-reject-" + request.id());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            layout.add(
                    new Paragraph(getTranslation(
                            "institution.join.requestLine",
                            request.requesterName(),
                            request.requesterEmail(),
                            request.message())),
                    new HorizontalLayout(approve, reject));
        }
        return layout;
    }

    private void show(InstitutionDetails institution) {
        var text = getTranslation(institution.status().labelKey());
        if (institution.rejectionReason() != null) {
            text += " " + getTranslation("institution.rejectedBecause", institution.rejectionReason());
        }
        status.setText(text);
    }

    private TextField text(String id, String labelKey, int maxLength) {
        var field = Fields.text(this, labelKey, maxLength);
        field.setId(id);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institution.title");
    }
}
