package org.passerelle.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page shell: Lumo plus Passerelle's own stylesheet (served as a static resource, no npm build). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/passerelle.css")
@Meta(name = "description", content = "Passerelle — diaspora knowledge network")
public class AppShell implements AppShellConfigurator {}
