package org.passerelle.missions.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.directory.VocabularyService;
import org.passerelle.directory.ui.LanguagesField;
import org.passerelle.directory.ui.SkillsField;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionForm;
import org.passerelle.missions.MissionLifecycle;
import org.passerelle.missions.MissionService;
import org.passerelle.missions.WorkMode;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/**
 * A representative writes terms of reference: a new draft ({@code mission-edit}) or an existing draft or mission sent
 * back for changes ({@code mission-edit/42}). Saving keeps a draft; submitting saves and sends it for review.
 */
@Route("mission-edit")
@RolesAllowed("INSTITUTION_REP")
public class MissionEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MissionService missions;
    private final VocabularyService vocabulary;
    private final SectorService sectors;
    private final Countries countries;
    private final Languages languages;
    private final BeanValidationBinder<MissionForm> binder = Fields.binder(MissionForm.class);
    private final Map<String, HasValidation> problemFields = new HashMap<>();
    private MissionForm form = new MissionForm();
    private MissionDetails saved;

    public MissionEditorView(
            MissionService missions,
            SectorService sectors,
            Countries countries,
            Languages languages,
            VocabularyService vocabulary) {
        this.vocabulary = vocabulary;
        this.missions = missions;
        this.sectors = sectors;
        this.countries = countries;
        this.languages = languages;
        setMaxWidth("60em");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long missionId) {
        removeAll();
        if (missionId != null) {
            try {
                saved = missions.get(missionId);
                form = missions.form(missionId);
            } catch (RefusedException refused) {
                add(new H1(getTranslation("mission.none")));
                return;
            }
            if (!MissionLifecycle.editable(saved.status())) {
                add(new H1(saved.title()), new Paragraph(getTranslation("mission.notEditable")));
                return;
            }
        }
        build();
    }

    private void build() {
        add(new H1(getTranslation(saved == null ? "mission.new" : "mission.edit")));
        var title = Fields.text(this, "mission.title", 160);
        title.setId("mission-title");
        title.setWidthFull();
        var summary = Fields.area(this, "mission.summary", 1000);
        summary.setId("mission-summary");
        summary.setWidthFull();
        var objectives = Fields.area(this, "mission.objectives", 4000);
        objectives.setId("mission-objectives");
        objectives.setHelperText(getTranslation("mission.markdown.help"));
        objectives.setWidthFull();
        var deliverables = Fields.area(this, "mission.deliverables", 4000);
        deliverables.setId("mission-deliverables");
        deliverables.setHelperText(getTranslation("mission.markdown.help"));
        deliverables.setWidthFull();

        var sectorList = sectors.active();
        var sectorNames = sectorList.stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(getLocale())));
        var sectorBox = new MultiSelectComboBox<String>(getTranslation("mission.sectors"));
        sectorBox.setId("mission-sectors");
        sectorBox.setItems(sectorList.stream().map(SectorInfo::code).toList());
        sectorBox.setItemLabelGenerator(code -> sectorNames.getOrDefault(code, code));

        var country = new ComboBox<String>(getTranslation("mission.country"));
        country.setId("mission-country");
        country.setItems(
                countries.sortedByName(getLocale()).stream().map(Country::code).toList());
        country.setItemLabelGenerator(code -> countries.name(code, getLocale()));
        var region = Fields.text(this, "mission.region", 100);
        region.setId("mission-region");
        var city = Fields.text(this, "mission.city", 100);
        city.setId("mission-city");
        var mode = new Select<WorkMode>();
        mode.setId("mission-mode");
        mode.setLabel(getTranslation("mission.mode"));
        mode.setItems(WorkMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.labelKey()));

        var start = new DatePicker(getTranslation("mission.start"));
        start.setId("mission-start");
        var end = new DatePicker(getTranslation("mission.end"));
        end.setId("mission-end");
        var duration = Fields.integer(this, "mission.duration", 1, 52, "mission.duration.range");
        duration.setId("mission-duration");
        duration.setStepButtonsVisible(true);
        var deadline = new DatePicker(getTranslation("mission.deadline"));
        deadline.setId("mission-deadline");
        deadline.setClearButtonVisible(true);

        var skills = new SkillsField(
                getTranslation("mission.skills"),
                "mission-skills",
                form.getSkills(),
                (typed, locale) -> vocabulary.suggest(typed, locale, 20),
                List.of());
        skills.setHelperText(getTranslation("mission.skills.help"));
        var languageField = new LanguagesField(languages, "mission", "mission.languages");
        var experts = Fields.integer(this, "mission.experts", 1, 20, "mission.experts.range");
        experts.setId("mission-experts");
        experts.setStepButtonsVisible(true);
        var travel = new Checkbox(getTranslation("mission.covers.travel"));
        travel.setId("mission-covers-travel");
        var lodging = new Checkbox(getTranslation("mission.covers.lodging"));
        lodging.setId("mission-covers-lodging");
        var allowance = new Checkbox(getTranslation("mission.covers.allowance"));
        allowance.setId("mission-covers-allowance");

        binder.forField(title)
                .asRequired(getTranslation("mission.title.required"))
                .bind("title");
        binder.forField(summary)
                .asRequired(getTranslation("mission.summary.required"))
                .bind("summary");
        binder.forField(objectives).bind("objectives");
        binder.forField(deliverables).bind("deliverables");
        binder.forField(sectorBox)
                .withValidator(set -> !set.isEmpty(), getTranslation("mission.sectors.required"))
                .withValidator(set -> set.size() <= 3, getTranslation("mission.sectors.tooMany"))
                .bind(MissionForm::getSectors, (f, v) -> f.setSectors(new LinkedHashSet<>(v)));
        binder.forField(country)
                .asRequired(getTranslation("mission.country.required"))
                .bind("country");
        binder.forField(region).bind("region");
        binder.forField(city).bind("city");
        binder.forField(mode)
                .withValidator(
                        Objects::nonNull,
                        getTranslation("mission.mode.required")) // not asRequired: see Fields.REQUIRED
                .bind("mode");
        binder.forField(start)
                .asRequired(getTranslation("mission.start.required"))
                .bind("startDate");
        binder.forField(end).asRequired(getTranslation("mission.end.required")).bind("endDate");
        binder.forField(duration)
                .asRequired(getTranslation("mission.duration.required"))
                .bind("durationWeeks");
        binder.forField(deadline).bind("applicationDeadline");
        binder.forField(skills)
                .withValidator(set -> set.size() <= MissionForm.MAX_SKILLS, getTranslation("mission.skills.tooMany"))
                .bind(MissionForm::getSkills, (f, v) -> f.setSkills(new LinkedHashSet<>(v)));
        binder.forField(languageField)
                .withValidator(list -> list.size() <= 6, getTranslation("mission.languages.tooMany"))
                .bind(MissionForm::getLanguages, (f, v) -> f.setLanguages(new ArrayList<>(v)));
        binder.forField(experts)
                .asRequired(getTranslation("mission.experts.range"))
                .bind("expertsNeeded");
        binder.forField(travel).bind("coversTravel");
        binder.forField(lodging).bind("coversLodging");
        binder.forField(allowance).bind("coversAllowance");
        binder.setBean(form);
        problemFields.put("mission.end.beforeStart", end);
        problemFields.put("mission.duration.window", duration);
        problemFields.put("mission.deadline.afterStart", deadline);
        problemFields.put("mission.languages.incomplete", languageField);
        problemFields.put("mission.country.required", country);
        problemFields.put("mission.sectors.required", sectorBox);

        var place = new FormLayout(country, region, city, mode);
        var dates = new FormLayout(start, end, duration, deadline);
        var host = new HorizontalLayout(travel, lodging, allowance);
        var save = new Button(getTranslation("mission.saveDraft"), e -> save(false));
        save.setId("mission-save");
        var submit = new Button(getTranslation("mission.submit"), e -> save(true));
        submit.setId("mission-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                title,
                summary,
                objectives,
                deliverables,
                sectorBox,
                place,
                dates,
                skills,
                languageField,
                experts,
                new Paragraph(getTranslation("mission.covers")),
                host,
                new HorizontalLayout(save, submit));
    }

    private void save(boolean submit) {
        problemFields.values().forEach(f -> f.setInvalid(false));
        if (!binder.validate().isOk() || !consistent()) {
            return;
        }
        Attempt.run(() -> {
            try {
                saved = saved == null ? missions.create(form) : missions.update(saved.id(), saved.version(), form);
                if (submit) {
                    saved = missions.submit(saved.id(), saved.version());
                }
            } catch (RefusedException refused) {
                var field = problemFields.get(refused.messageKey());
                if (field == null) {
                    throw refused;
                }
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
                return;
            }
            Attempt.done(submit ? "mission.submitted" : "mission.saved");
            getUI().ifPresent(ui -> ui.navigate(MissionDetailsView.class, saved.id()));
        });
    }

    /** The rules between fields, shown next to the field concerned. */
    private boolean consistent() {
        var problems = form.problems();
        for (var problem : problems) {
            var field = problemFields.get(problem);
            if (field != null) {
                field.setErrorMessage(getTranslation(problem));
                field.setInvalid(true);
            }
        }
        return problems.isEmpty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(saved == null ? "mission.new" : "mission.edit");
    }
}
