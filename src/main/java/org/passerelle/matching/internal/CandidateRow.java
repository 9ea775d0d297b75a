package org.passerelle.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScoreProjection;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Visibility;

/**
 * One ranked candidate as the index returns it, before explanation: what the explanation needs, and the visibility
 * of each section so that nothing the viewer may not see is used.
 */
@ProjectionConstructor
public record CandidateRow(
        @IdProjection long profileId,
        @FieldProjection(path = ExpertIndex.NAME) String name,
        @FieldProjection(path = ExpertIndex.HEADLINE_EN) String headline,
        @ScoreProjection float score,
        @FieldProjection(path = ExpertIndex.SECTOR) List<String> sectors,
        @FieldProjection(path = ExpertIndex.HERITAGE) List<String> heritage,
        @FieldProjection(path = ExpertIndex.USER_ID) long userId,

        @FieldProjection(path = ExpertIndex.VERIFIED_QUALIFICATION)
        String verified,

        @FieldProjection(path = "visibility_IDENTITY") Visibility identity,
        @FieldProjection(path = "visibility_EXPERTISE") Visibility expertise,
        @FieldProjection(path = "visibility_ORIGINS") Visibility origins,
        @FieldProjection(path = "visibility_AVAILABILITY") Visibility availabilityVisibility,
        @FieldProjection(path = "visibility_QUALIFICATIONS") Visibility qualifications,
        @FieldProjection(path = "visibility_EXPERIENCE") Visibility experience,
        @FieldProjection(path = "visibility_BIO") Visibility bio,
        @ObjectProjection(path = ExpertIndex.AVAILABILITY) List<Window> availability,

        @FieldProjection(path = ConceptIndexing.CONCEPT_EVIDENCE)
        List<String> evidence,

        @FieldProjection(path = ExpertIndex.SKILLS_EN) List<String> skills) {

    /** An availability window as projected from the nested documents. */
    @ProjectionConstructor
    public record Window(
            @FieldProjection(path = "startDate") LocalDate start,
            @FieldProjection(path = "endDate") LocalDate end,
            @FieldProjection(path = "remote") Boolean remote,
            @FieldProjection(path = "onSite") Boolean onSite) {

        AvailabilityWindow toWindow() {
            return new AvailabilityWindow(start, end, Boolean.TRUE.equals(remote), Boolean.TRUE.equals(onSite));
        }
    }

    /** Whether the viewer may see this section of this profile (their own profile: every section). */
    boolean shows(ProfileSection section, Viewer viewer) {
        if (viewer.isUser(userId)) {
            return true;
        }
        var visibility = switch (section) {
            case IDENTITY -> identity;
            case EXPERTISE -> expertise;
            case ORIGINS -> origins;
            case AVAILABILITY -> availabilityVisibility;
            case QUALIFICATIONS -> qualifications;
            case EXPERIENCE -> experience;
            case BIO -> bio;
            default -> null;
        };
        return visibility != null && viewer.visibleLevels().contains(visibility);
    }

    /**
     * What the explanation may use of this expert: only the sections the viewer may see, and the skills and headline
     * words that share a stem with the mission's telling words.
     */
    public MatchExplainer.ExpertSide side(Viewer viewer, SharedWords missionWords) {
        var evidence = ConceptIndexing.Evidence.parse(this.evidence).stream()
                .filter(e -> shows(ProfileSection.valueOf(e.part()), viewer))
                .toList();
        var expertiseShown = shows(ProfileSection.EXPERTISE, viewer);
        var texts = new ArrayList<String>();
        if (expertiseShown && skills != null) {
            texts.addAll(skills);
        }
        if (headline != null) {
            texts.add(headline);
        }
        return new MatchExplainer.ExpertSide(
                evidence,
                missionWords.in(texts),
                shows(ProfileSection.BIO, viewer) ? List.of() : null,
                expertiseShown ? (sectors == null ? List.of() : sectors) : null,
                shows(ProfileSection.ORIGINS, viewer) ? Set.copyOf(heritage == null ? List.of() : heritage) : null,
                shows(ProfileSection.AVAILABILITY, viewer) ? windows() : null,
                shows(ProfileSection.QUALIFICATIONS, viewer) ? "true".equals(verified) : null,
                true);
    }

    List<AvailabilityWindow> windows() {
        return availability == null
                ? List.of()
                : availability.stream().map(Window::toWindow).toList();
    }
}
