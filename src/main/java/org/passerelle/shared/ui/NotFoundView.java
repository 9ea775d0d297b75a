package org.passerelle.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown for an address that leads nowhere. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorContent implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        super("not-found", "error.notfound.title", "error.notfound.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notfound.title");
    }
}
