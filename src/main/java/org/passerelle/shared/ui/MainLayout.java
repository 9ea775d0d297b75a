package org.passerelle.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.Locale;
import org.passerelle.shared.SessionUser;
import org.passerelle.shared.SupportedLanguages;
import org.passerelle.shared.UnreadNotifications;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every page: a drawer with the navigation (built from {@code @Menu} views the user may open, titles
 * being message keys), the language switch and the user menu.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final ObjectProvider<UnreadNotifications> unread;

    public MainLayout(SessionUser sessionUser, ObjectProvider<UnreadNotifications> unread) {
        this.unread = unread;
        setPrimarySection(Section.DRAWER);

        var brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(brand, nav);

        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        var bar = new HorizontalLayout(new DrawerToggle(), spacer, languageSelect(sessionUser), userMenu(sessionUser));
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(spacer);
        bar.addClassName("navbar");
        addToNavbar(true, bar);
    }

    private Select<Locale> languageSelect(SessionUser sessionUser) {
        var select = new Select<Locale>();
        select.setId("language-select");
        select.setItems(SupportedLanguages.ALL);
        select.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        select.setAriaLabel(getTranslation("language.choose"));
        select.setValue(SupportedLanguages.closest(getLocale()));
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                sessionUser.rememberLanguage(event.getValue());
                LanguageInitializer.choose(UI.getCurrent().getSession(), event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        select.setWidth("8em");
        return select;
    }

    private HorizontalLayout userMenu(SessionUser sessionUser) {
        var name = sessionUser.displayName();
        if (name.isEmpty()) {
            var login = new Anchor("login", getTranslation("nav.login"));
            login.setId("nav-login");
            var register = new Anchor("register", getTranslation("nav.register"));
            register.setId("nav-register");
            return new HorizontalLayout(login, register);
        }
        var account = new Anchor("account", name.get());
        account.setId("user-menu");
        account.setTitle(getTranslation("nav.account"));
        var logout = new Button(getTranslation("nav.logout"), e -> sessionUser.logout());
        logout.setId("logout-button");
        // on a phone only the icon shows (passerelle.css); the name stays for screen readers
        logout.setIcon(VaadinIcon.SIGN_OUT.create());
        logout.setAriaLabel(getTranslation("nav.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var menu = new HorizontalLayout(account, logout);
        var counter = unread.getIfAvailable();
        if (counter != null && sessionUser.userId().isPresent()) {
            var count = counter.unread(sessionUser.userId().get());
            var bell = new Anchor("notifications", "");
            bell.add(VaadinIcon.BELL.create());
            if (count > 0) {
                bell.add(new Span(" " + count));
            }
            bell.setId("notifications-badge");
            bell.getElement().setAttribute("aria-label", getTranslation("notifications.badge", count));
            menu.addComponentAsFirst(bell);
        }
        menu.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return menu;
    }
}
