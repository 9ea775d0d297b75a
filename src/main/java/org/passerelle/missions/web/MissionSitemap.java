package org.passerelle.missions.web;

import java.util.List;
import org.passerelle.missions.MissionQueryService;
import org.passerelle.shared.web.SitemapSource;
import org.springframework.stereotype.Component;

/** Every public mission's page in the sitemap. */
@Component
class MissionSitemap implements SitemapSource {

    private final MissionQueryService board;

    MissionSitemap(MissionQueryService board) {
        this.board = board;
    }

    @Override
    public List<Entry> sitemapEntries() {
        return board.publicStamps().stream()
                .map(stamp -> new Entry("/mission/" + stamp.id(), stamp.updatedAt()))
                .toList();
    }
}
