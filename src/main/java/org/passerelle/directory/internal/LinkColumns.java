package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.passerelle.directory.ProfileLink;

@Embeddable
public class LinkColumns {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProfileLink.Kind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String url;

    protected LinkColumns() {}

    LinkColumns(ProfileLink link) {
        kind = link.kind();
        title = link.title().strip();
        url = link.url().strip();
    }

    ProfileLink toLink() {
        return new ProfileLink(kind, title, url);
    }

    String title() {
        return title;
    }
}
