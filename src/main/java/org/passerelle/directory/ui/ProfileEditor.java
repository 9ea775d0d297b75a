package org.passerelle.directory.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.directory.Languages;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.Visibility;
import org.passerelle.shared.Markdown;
import org.passerelle.shared.ui.Fields;

/** The fields of an expert's profile, section by section, each section with its visibility. */
class ProfileEditor extends VerticalLayout {

    private final BeanValidationBinder<ProfileForm> binder = Fields.binder(ProfileForm.class);
    private final Countries countries;

    ProfileEditor(
            ProfileForm form,
            Countries countries,
            Languages languages,
            List<SectorInfo> sectors,
            List<String> suggestedSkills,
            BiFunction<String, Locale, List<String>> conceptSuggestions,
            Clock clock) {
        this.countries = countries;
        setPadding(false);

        section(ProfileSection.IDENTITY, form);
        var name = text("profile-name", "profile.name", 100);
        var headline = text("profile-headline", "profile.headline", 160);
        headline.setHelperText(getTranslation("profile.headline.help"));
        binder.forField(name)
                .asRequired(getTranslation("profile.name.required"))
                .bind("displayName");
        binder.forField(headline).bind("headline");
        add(name, headline);

        section(ProfileSection.ORIGINS, form);
        var heritage = new MultiSelectComboBox<String>(getTranslation("profile.heritage"));
        heritage.setId("profile-heritage");
        heritage.setHelperText(getTranslation("profile.heritage.help"));
        countryItems(heritage);
        heritage.setWidthFull();
        var residence = new ComboBox<String>(getTranslation("profile.residenceCountry"));
        residence.setId("profile-residence-country");
        residence.setItems(countryCodes());
        residence.setItemLabelGenerator(code -> countries.name(code, getLocale()));
        residence.setClearButtonVisible(true);
        var city = text("profile-residence-city", "profile.residenceCity", 100);
        binder.forField(heritage)
                .withValidator(set -> set.size() <= 5, tooMany(5))
                .bind(ProfileForm::getHeritageCountries, (f, v) -> f.setHeritageCountries(new LinkedHashSet<>(v)));
        binder.forField(residence).bind("residenceCountry");
        binder.forField(city).bind("residenceCity");
        add(heritage, residence, city);

        section(ProfileSection.EXPERTISE, form);
        var sectorNames = sectors.stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(getLocale())));
        var sectorBox = new MultiSelectComboBox<String>(getTranslation("profile.sectors"));
        sectorBox.setId("profile-sectors");
        sectorBox.setItems(sectors.stream().map(SectorInfo::code).toList());
        sectorBox.setItemLabelGenerator(code -> sectorNames.getOrDefault(code, code));
        sectorBox.setWidthFull();
        binder.forField(sectorBox)
                .withValidator(set -> set.size() <= 5, tooMany(5))
                .bind(ProfileForm::getSectors, (f, v) -> f.setSectors(new LinkedHashSet<>(v)));
        var skills = new SkillsField(
                getTranslation("profile.skills"),
                "profile-skills",
                form.getSkills(),
                conceptSuggestions,
                suggestedSkills);
        skills.setHelperText(getTranslation("profile.skills.help"));
        binder.forField(skills)
                .withValidator(set -> set.size() <= 30, tooMany(30))
                .bind(ProfileForm::getSkills, (f, v) -> f.setSkills(new LinkedHashSet<>(v)));
        var skillsText = Fields.area(this, "profile.skillsText", 2000);
        skillsText.setId("profile-skills-text");
        skillsText.setWidthFull();
        binder.forField(skillsText).bind("skillsText");
        var languageField = new LanguagesField(languages, "profile", "profile.languages");
        binder.forField(languageField).bind("languages");
        add(sectorBox, skills, skillsText, languageField);

        section(ProfileSection.QUALIFICATIONS, form);
        var qualifications = new QualificationsField();
        binder.forField(qualifications)
                .withValidator(
                        list -> list == null
                                || list.stream()
                                        .allMatch(q ->
                                                q.title() != null && !q.title().isBlank()),
                        getTranslation("profile.qualification.title.required"))
                .bind("qualifications");
        add(qualifications);

        section(ProfileSection.EXPERIENCE, form);
        var experience = new ExperienceField();
        binder.forField(experience)
                .withValidator(
                        list -> list == null
                                || list.stream()
                                        .allMatch(e ->
                                                e.role() != null && !e.role().isBlank()),
                        getTranslation("profile.experience.role.required"))
                .bind("experience");
        add(experience);

        section(ProfileSection.PUBLICATIONS, form);
        var links = new LinksField();
        binder.forField(links)
                .withValidator(
                        list -> list == null
                                || list.stream()
                                        .allMatch(l -> Links.valid(l.url())
                                                && l.title() != null
                                                && !l.title().isBlank()),
                        getTranslation("profile.link.invalid"))
                .bind("links");
        add(links);

        section(ProfileSection.AVAILABILITY, form);
        var availability = new AvailabilityField(clock);
        binder.forField(availability)
                .withValidator(
                        list -> list == null || list.stream().allMatch(AvailabilityWindow::isValid),
                        getTranslation("profile.availability.invalid"))
                .bind("availability");
        var weeks = new IntegerField(getTranslation("profile.weeksPerYear"));
        weeks.setId("profile-weeks");
        weeks.setMin(1);
        weeks.setMax(52);
        weeks.setHelperText(getTranslation("profile.weeksPerYear.help"));
        var weeksRange = getTranslation("profile.weeks.range");
        weeks.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(weeksRange)
                .setMaxErrorMessage(weeksRange)
                .setBadInputErrorMessage(weeksRange));
        binder.forField(weeks).bind("weeksPerYear");
        add(availability, weeks);

        section(ProfileSection.BIO, form);
        var bio = Fields.area(this, "profile.bio", 10000);
        bio.setId("profile-bio");
        bio.setHelperText(getTranslation("profile.bio.help"));
        bio.setWidthFull();
        bio.setMinHeight("10em");
        bio.setValueChangeMode(ValueChangeMode.LAZY);
        var preview = new Div();
        preview.addClassName("markdown-preview");
        preview.setId("profile-bio-preview");
        bio.addValueChangeListener(e -> showPreview(preview, e.getValue()));
        binder.forField(bio).bind("bio");
        var gender = text("profile-gender", "profile.gender", 60);
        gender.setHelperText(getTranslation("profile.gender.help"));
        binder.forField(gender).bind("gender");
        add(bio, preview, gender);

        binder.setBean(form);
        showPreview(preview, form.getBio());
    }

    /** Validates every field; messages appear next to the fields. */
    boolean validate() {
        return binder.validate().isOk();
    }

    private void section(ProfileSection section, ProfileForm form) {
        var title = new H2(getTranslation(section.labelKey()));
        var visibility = new Select<Visibility>();
        visibility.setId("visibility-" + section.name().toLowerCase());
        visibility.setLabel(getTranslation("profile.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        visibility.setValue(form.visibilityOf(section));
        visibility.addValueChangeListener(e -> {
            Map<ProfileSection, Visibility> map = form.getVisibility();
            map.put(section, e.getValue());
        });
        var header = new HorizontalLayout(title, visibility);
        header.setAlignItems(Alignment.BASELINE);
        header.addClassName("profile-section-header");
        add(header);
    }

    private TextField text(String id, String labelKey, int maxLength) {
        var field = Fields.text(this, labelKey, maxLength);
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private String tooMany(int max) {
        return getTranslation("profile.tooMany.n", max);
    }

    private List<String> countryCodes() {
        return countries.sortedByName(getLocale()).stream().map(Country::code).toList();
    }

    private void countryItems(MultiSelectComboBox<String> box) {
        box.setItems(countryCodes());
        box.setItemLabelGenerator(code -> countries.name(code, getLocale()));
    }

    private static void showPreview(Div preview, String markdown) {
        preview.removeAll();
        var html = Markdown.toSafeHtml(markdown);
        if (!html.isEmpty()) {
            preview.add(new Html("<div>" + html + "</div>"));
        }
    }
}
