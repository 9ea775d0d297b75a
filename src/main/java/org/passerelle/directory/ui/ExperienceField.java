package org.passerelle.directory.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.directory.Experience;

/** Positions held: role, organisation, years, a few words. */
class ExperienceField extends ListField<Experience> {

    ExperienceField() {
        super(
                "profile-experience",
                "profile.experience",
                "profile.experience.add",
                () -> new Experience("", "", null, null, null, ""));
    }

    @Override
    List<Component> editors(Experience e, Consumer<Experience> update) {
        var role = Rows.text(this, "profile.experience.role", 150, e.role());
        role.setRequiredIndicatorVisible(true);
        var organisation = Rows.text(this, "profile.experience.organisation", 150, e.organisation());
        var from = Rows.year(this, "profile.experience.from", e.fromYear());
        var to = Rows.year(this, "profile.experience.to", e.toYear());
        var description = Rows.text(this, "profile.experience.description", 2000, e.description());
        Runnable changed = () -> {
            role.setErrorMessage(getTranslation("profile.experience.role.required"));
            role.setInvalid(role.getValue().isBlank());
            update.accept(new Experience(
                    role.getValue(),
                    organisation.getValue(),
                    e.country(),
                    from.getValue(),
                    to.getValue(),
                    description.getValue()));
        };
        role.addValueChangeListener(x -> changed.run());
        organisation.addValueChangeListener(x -> changed.run());
        from.addValueChangeListener(x -> changed.run());
        to.addValueChangeListener(x -> changed.run());
        description.addValueChangeListener(x -> changed.run());
        return List.of(role, organisation, from, to, description);
    }
}
