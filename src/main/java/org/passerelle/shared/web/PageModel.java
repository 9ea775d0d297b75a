package org.passerelle.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.shared.PasserelleProperties;
import org.passerelle.shared.RateLimitedException;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.SupportedLanguages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The model every public page shares: the {@link Site} (language, addresses in each language), and the "not found"
 * page for a missing or hidden object. A language named in the address is remembered for the visitor's next pages
 * and for the app.
 */
@ControllerAdvice(annotations = PublicPage.class)
class PageModel {

    private final PasserelleProperties properties;
    private final MessageSource messages;
    private final PageLanguage language = new PageLanguage();
    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private volatile String stylesheet;

    static final String STYLESHEET = "/assets/public.css";

    PageModel(
            PasserelleProperties properties,
            MessageSource messages,
            @Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.properties = properties;
        this.messages = messages;
        this.resourceUrls = resourceUrls;
    }

    @ModelAttribute("site")
    Site site(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var lang = SupportedLanguages.closest(locale).getLanguage();
        PageLanguage.requested(request).ifPresent(chosen -> language.setLocale(request, response, chosen));
        var path = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(PageLanguage.PARAMETER)
                .build()
                .toUriString();
        var base = base();
        var alternates = new ArrayList<Site.Alternate>();
        for (var supported : SupportedLanguages.ALL) {
            var url = UriComponentsBuilder.fromUriString(base + path)
                    .replaceQueryParam(PageLanguage.PARAMETER, supported.getLanguage())
                    .build()
                    .toUriString();
            alternates.add(new Site.Alternate(
                    supported.getLanguage(),
                    messages.getMessage("language." + supported.getLanguage(), null, supported),
                    url,
                    supported.getLanguage().equals(lang)));
        }
        // self-referencing: the language's own address, or (no language named) the negotiated x-default one
        var canonical = PageLanguage.requested(request).isPresent()
                ? alternates.stream()
                        .filter(Site.Alternate::current)
                        .findFirst()
                        .orElseThrow()
                        .url()
                : base + path;
        return new Site(lang, base, path, canonical, List.copyOf(alternates), stylesheet());
    }

    /**
     * The stylesheet's versioned address, looked up once: page links are written as plain text, never through
     * {@code encodeURL}, whose resource lookup in the jar for every link cost a third of a page's time under load.
     */
    private String stylesheet() {
        var known = stylesheet;
        if (known == null) {
            var versioned = resourceUrls.getObject().getForLookupPath(STYLESHEET);
            known = versioned == null ? STYLESHEET : versioned;
            stylesheet = known;
        }
        return known;
    }

    /** The site's public address, without a trailing slash. */
    String base() {
        var base = properties.link("");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @ExceptionHandler(PageNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return message(request, response, locale, model, "public.notFound.title", "public.notFound.text");
    }

    /** A search refused (too many in a short time): said in the page, with the status that says "try later". */
    @ExceptionHandler(RefusedException.class)
    String refused(
            RefusedException refused,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.setStatus(
                refused instanceof RateLimitedException
                        ? HttpStatus.TOO_MANY_REQUESTS.value()
                        : HttpStatus.BAD_REQUEST.value());
        return message(request, response, locale, model, "public.refused.title", refused.messageKey());
    }

    private String message(
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            String titleKey,
            String textKey) {
        model.addAttribute("site", site(request, response, locale));
        model.addAttribute(
                "meta",
                PageMeta.of(messages.getMessage(titleKey, null, locale), "").notIndexed());
        model.addAttribute("text", messages.getMessage(textKey, null, textKey, locale));
        return "message";
    }
}
