package org.passerelle.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Component;

/**
 * A server-rendered page for visitors, at the same address as the app's view of the same thing: a visitor (not signed
 * in) gets this plain HTML (fast on a slow phone, readable by crawlers and link previews, works without JavaScript); a
 * signed-in member gets the app. Its handler methods are mapped by {@link PublicPageMapping}, never by Spring MVC's
 * main mapping; they read through the owning module's public services like the app's views.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface PublicPage {}
