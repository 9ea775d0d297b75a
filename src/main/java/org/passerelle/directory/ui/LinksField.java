package org.passerelle.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.directory.ProfileLink;

/** Publications and web pages: kind, title, address (http or https only). */
class LinksField extends ListField<ProfileLink> {

    LinksField() {
        super(
                "profile-links",
                "profile.links",
                "profile.link.add",
                () -> new ProfileLink(ProfileLink.Kind.PUBLICATION, "", "https://"));
    }

    @Override
    List<Component> editors(ProfileLink link, Consumer<ProfileLink> update) {
        var kind = new Select<ProfileLink.Kind>();
        kind.setLabel(getTranslation("profile.link.kind"));
        kind.setItems(ProfileLink.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(link.kind());
        var title = Rows.text(this, "profile.link.title", 200, link.title());
        var url = Rows.text(this, "profile.link.url", 500, link.url());
        Runnable changed = () -> {
            url.setErrorMessage(getTranslation("profile.link.url.invalid"));
            url.setInvalid(!Links.valid(url.getValue()));
            update.accept(new ProfileLink(kind.getValue(), title.getValue(), url.getValue()));
        };
        kind.addValueChangeListener(e -> changed.run());
        title.addValueChangeListener(e -> changed.run());
        url.addValueChangeListener(e -> changed.run());
        return List.of(kind, title, url);
    }
}
