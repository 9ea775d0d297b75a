package org.passerelle.matching.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Visibility;
import org.passerelle.matching.ExpertHit;

/** One directory search hit as the index returns it, with the visibilities that decide what the viewer may read. */
@ProjectionConstructor
record ExpertRow(
        @IdProjection long id,
        @FieldProjection(path = ExpertIndex.NAME) String name,
        @FieldProjection(path = ExpertIndex.HEADLINE_EN) String headline,
        @FieldProjection(path = ExpertIndex.SECTOR) List<String> sectors,
        @FieldProjection(path = ExpertIndex.HERITAGE) List<String> heritage,
        @FieldProjection(path = ExpertIndex.RESIDENCE) String residence,
        @FieldProjection(path = ExpertIndex.SKILLS_EN) List<String> skills,
        @FieldProjection(path = ExpertIndex.UPDATED_AT) Instant updatedAt,
        @FieldProjection(path = ExpertIndex.USER_ID) long userId,
        @FieldProjection(path = "visibility_ORIGINS") Visibility origins,
        @FieldProjection(path = "visibility_EXPERTISE") Visibility expertise,
        @FieldProjection(path = "visibility_BIO") Visibility bio,
        @HighlightProjection(path = ExpertIndex.SKILLS_EN) List<String> skillsEn,
        @HighlightProjection(path = ExpertIndex.SKILLS_FR) List<String> skillsFr,
        @HighlightProjection(path = ExpertIndex.BIO_EN) List<String> bioEn,
        @HighlightProjection(path = ExpertIndex.BIO_FR) List<String> bioFr) {

    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");

    /** What the viewer may read of this hit; the highlighted passages come only from sections they may see. */
    ExpertHit toHit(Viewer viewer) {
        var own = viewer.isUser(userId);
        var levels = viewer.visibleLevels();
        var showsOrigins = own || levels.contains(origins);
        var showsExpertise = own || levels.contains(expertise);
        var showsBio = own || levels.contains(bio);
        // headline highlights are left out: the card shows the headline anyway
        var snippets = Stream.of(
                        showsExpertise ? skillsEn : List.<String>of(),
                        showsExpertise ? skillsFr : List.<String>of(),
                        showsBio ? bioEn : List.<String>of(),
                        showsBio ? bioFr : List.<String>of())
                .flatMap(list -> list == null ? Stream.empty() : list.stream())
                // the highlighter escaped the text; keep nothing but its <mark> tags, whatever happens
                .map(snippet -> Jsoup.clean(snippet, MARKS_ONLY))
                .distinct()
                .limit(3)
                .toList();
        return new ExpertHit(
                id,
                name,
                headline,
                showsExpertise ? orEmpty(sectors) : List.of(),
                showsOrigins ? orEmpty(heritage) : List.of(),
                showsOrigins ? residence : null,
                showsExpertise ? orEmpty(skills) : List.of(),
                updatedAt,
                snippets);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
