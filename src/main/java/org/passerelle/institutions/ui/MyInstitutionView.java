package org.passerelle.institutions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.institutions.InstitutionForm;
import org.passerelle.institutions.InstitutionService;
import org.passerelle.institutions.InstitutionType;
import org.passerelle.institutions.InstitutionView;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Fields;

/** A representative registers their institution, follows its verification and keeps its details up to date. */
@Route("institution")
@Menu(title = "nav.institution", order = 20)
@RolesAllowed("INSTITUTION_REP")
public class MyInstitutionView extends VerticalLayout implements HasDynamicTitle {

    private final InstitutionService institutions;
    private final Paragraph status = new Paragraph();

    public MyInstitutionView(InstitutionService institutions, Countries countries) {
        this.institutions = institutions;
        setMaxWidth("50em");
        status.setId("institution-status");
        var form = institutions.myForm().orElseGet(InstitutionForm::new);
        var binder = new BeanValidationBinder<>(InstitutionForm.class);
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
            try {
                var saved = institutions.mine().isPresent() ? institutions.update(form) : institutions.register(form);
                show(saved);
                var n = Notification.show(getTranslation("institution.saved"), 5000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RefusedException refused) {
                var n = Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("institution-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("institution.title")),
                status,
                new FormLayout(name, type, country, region, city, website, domain),
                save);
        institutions.mine().ifPresentOrElse(this::show, () -> status.setText(getTranslation("institution.intro")));
    }

    private void show(InstitutionView institution) {
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
