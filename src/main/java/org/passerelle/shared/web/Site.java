package org.passerelle.shared.web;

import java.util.List;

/**
 * What every public page knows about where it is: its language, its address in each language (for {@code hreflang}
 * and the language links), the canonical address and the site's public base address (for absolute links in
 * OpenGraph data, feeds and the sitemap).
 *
 * @param lang the page's language tag ("en", "fr")
 * @param base the site's public address, without a trailing slash
 * @param path the page's path with its query, the language parameter left out
 * @param canonical the absolute address of this page: in its language when the address names one, else the address
 *     without a language (the {@code x-default} one, whose language follows the reader)
 * @param alternates this page in every language Passerelle speaks
 * @param stylesheet the public pages' stylesheet, at its versioned (content-hashed) address
 */
public record Site(
        String lang, String base, String path, String canonical, List<Alternate> alternates, String stylesheet) {

    /**
     * This page in one language.
     *
     * @param name the language's name in itself ("Français")
     */
    public record Alternate(String lang, String name, String url, boolean current) {}

    /** The other languages, for the language links in the header. */
    public List<Alternate> others() {
        return alternates.stream().filter(a -> !a.current()).toList();
    }

    /** OpenGraph's form of the language ("fr_FR"). */
    public String ogLocale() {
        return "fr".equals(lang) ? "fr_FR" : "en_GB";
    }

    /** An absolute address on this site. */
    public String absolute(String sitePath) {
        return base + (sitePath.startsWith("/") ? sitePath : "/" + sitePath);
    }
}
