package org.passerelle.shared.web;

import java.time.Instant;
import java.util.List;

/**
 * What a module lists in {@code sitemap.xml}: its public pages, each with its last change (if known). Every page is
 * listed in each language (with {@code hreflang} alternates).
 */
public interface SitemapSource {

    /**
     * A public page.
     *
     * @param path the page's path on this site ("/mission/4")
     * @param modified when it last changed, or null
     */
    record Entry(String path, Instant modified) {}

    List<Entry> sitemapEntries();
}
