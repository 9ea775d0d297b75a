package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.passerelle.directory.Countries;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.Languages;
import org.passerelle.directory.ProfileCompleteness;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.SectorService;
import org.passerelle.directory.VocabularyService;

/** The signed-in expert edits their profile and sees how complete it is. */
@Route("profile")
@Menu(title = "nav.profile", order = 10)
@RolesAllowed("EXPERT")
public class MyProfileView extends VerticalLayout implements HasDynamicTitle {

    public MyProfileView(
            ExpertProfileService profiles,
            Countries countries,
            Languages languages,
            SectorService sectors,
            VocabularyService vocabulary,
            Clock clock) {
        setMaxWidth("60em");
        var id = profiles.myProfileId();
        ProfileForm form = profiles.myProfile();
        var completeness = new CompletenessPanel();
        completeness.show(ProfileCompleteness.of(form));
        var editor = new ProfileEditor(
                form,
                countries,
                languages,
                sectors.active(),
                profiles.suggestedSkills(),
                (typed, locale) -> vocabulary.suggest(typed, locale, 20),
                clock);
        var view = new Anchor("experts/" + id, getTranslation("profile.viewPublic"));
        view.setId("profile-view-link");

        var save = new Button(getTranslation("common.save"), e -> {
            if (!editor.validate()) {
                notify("profile.saveInvalid", NotificationVariant.LUMO_ERROR);
                return;
            }
            profiles.update(id, form);
            completeness.show(ProfileCompleteness.of(form));
            notify("profile.saved", NotificationVariant.LUMO_SUCCESS);
        });
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("profile.title")), completeness, view, new PhotoField(profiles, id), editor, save);
    }

    private void notify(String key, NotificationVariant variant) {
        var notification = Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
