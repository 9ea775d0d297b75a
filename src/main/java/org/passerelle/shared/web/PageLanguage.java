package org.passerelle.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.shared.SupportedLanguages;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a server-rendered page: {@code ?hl=fr} in the address (each language has its own address, for
 * {@code hreflang} and shared links), else the visitor's earlier choice (the cookie the app's language switch also
 * writes), else the browser's first supported language, else English.
 */
public class PageLanguage implements LocaleResolver {

    /** The query parameter naming the page's language ({@code lang} is the board's filter on mission languages). */
    public static final String PARAMETER = "hl";

    /** The cookie remembering a visitor's language, shared with the app. */
    public static final String COOKIE = "passerelle-language";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return requested(request).or(() -> remembered(request)).orElseGet(() -> browser(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        response.addCookie(cookie(locale));
    }

    /** The cookie remembering this language for a year (for the public pages and the app alike). Not personal data. */
    public static Cookie cookie(Locale language) {
        var cookie = new Cookie(COOKIE, SupportedLanguages.closest(language).getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        return cookie;
    }

    /** The language named in the address, if it is one Passerelle speaks. */
    public static Optional<Locale> requested(HttpServletRequest request) {
        var tag = request.getParameter(PARAMETER);
        return SupportedLanguages.ALL.stream()
                .filter(l -> l.getLanguage().equals(tag))
                .findFirst();
    }

    /** The language remembered by the cookie, if the request carries it. */
    public static Optional<Locale> remembered(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> SupportedLanguages.fromTag(cookie.getValue()))
                .findFirst();
    }

    private static Locale browser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return SupportedLanguages.ALL.getFirst();
        }
        return Collections.list(request.getLocales()).stream()
                .flatMap(asked -> SupportedLanguages.ALL.stream()
                        .filter(l -> l.getLanguage().equals(asked.getLanguage())))
                .findFirst()
                .orElse(SupportedLanguages.ALL.getFirst());
    }
}
