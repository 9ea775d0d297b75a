package org.passerelle.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.ConceptIndexing.Evidence;
import org.passerelle.directory.ConceptMention;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.matching.MatchCriterion.Criterion;
import org.passerelle.matching.MatchTier;
import org.passerelle.matching.SharedConcept;
import org.passerelle.matching.SharedConcept.Relation;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.WorkMode;

/**
 * The one explainer of a match between a mission and an expert, used both ways (candidates for a mission, missions
 * for an expert): which concepts of the vocabulary they share and how, which telling words, sector, required
 * languages, availability during the mission, heritage tie and verified qualification; and the tier that follows
 * ({@link TierRule}). It reads two neutral descriptions, so the ranking query, the index projections or the
 * expert's own profile can feed it alike. Sections the reader may not see arrive as null and are reported as
 * hidden, never as matched or not.
 */
public final class MatchExplainer {

    /** What the explanation needs of the mission. */
    /**
     * @param words the telling words of the title and of each skill that no concept of the vocabulary covers, one
     *     string per title or skill: a fragment of a concept's label ("santé" of "santé publique") never counts alone
     */
    public record MissionSide(
            List<ConceptMention> core,
            List<String> words,
            List<ConceptMention> description,
            Set<String> sectors,
            String country,
            List<LanguageSkill> languages,
            LocalDate start,
            LocalDate end,
            WorkMode mode) {

        /** Reads a mission with the vocabulary: concepts of its title and skills, then of its description. */
        public static MissionSide of(MissionDetails mission, Vocabulary vocabulary) {
            var coreTexts = new ArrayList<String>();
            coreTexts.add(mission.title());
            coreTexts.addAll(mission.skills());
            var core = specific(vocabulary.find(coreTexts), vocabulary);
            var coreIds = core.stream().map(ConceptMention::conceptId).toList();
            var description = specific(
                            vocabulary.find(List.of(
                                    mission.summary(),
                                    text(mission.objectivesHtml()),
                                    text(mission.deliverablesHtml()))),
                            vocabulary)
                    .stream()
                    .filter(m -> !coreIds.contains(m.conceptId()))
                    .toList();
            var words = new ArrayList<String>();
            for (var text : coreTexts) {
                var telling = TellingWords.only(uncovered(text, vocabulary));
                if (!telling.isBlank()) {
                    words.add(telling);
                }
            }
            return new MissionSide(
                    core,
                    List.copyOf(words),
                    description,
                    mission.sectors(),
                    mission.country(),
                    mission.languages(),
                    mission.startDate(),
                    mission.endDate(),
                    mission.mode());
        }

        public Set<String> coreIds() {
            var ids = new LinkedHashSet<String>();
            core.forEach(m -> ids.add(m.conceptId()));
            return ids;
        }

        public Set<String> descriptionIds() {
            var ids = new LinkedHashSet<String>();
            description.forEach(m -> ids.add(m.conceptId()));
            return ids;
        }

        /** The text without the words that name a concept of the vocabulary. */
        static String uncovered(String text, Vocabulary vocabulary) {
            var rest = text == null ? "" : text;
            for (var mention : vocabulary.find(rest)) {
                rest = rest.replace(mention.surface(), " ");
            }
            return rest;
        }

        private static String text(String html) {
            return html == null ? "" : Jsoup.parse(html).text();
        }
    }

    /**
     * What the explanation may use of the expert; null where the reader may not see the section.
     *
     * @param evidence the concepts the expert's visible sections mention
     * @param skillWords telling words of the mission's title and skills found in the expert's skills or headline
     * @param descriptionWords telling words of the mission found in the expert's biography, or null if hidden
     * @param speaks whether the expert speaks the required languages (true when the query already required them)
     */
    public record ExpertSide(
            List<Evidence> evidence,
            List<String> skillWords,
            List<String> descriptionWords,
            List<String> sectors,
            Set<String> heritage,
            List<AvailabilityWindow> availability,
            Boolean verified,
            boolean speaks) {}

    /** The tier and the criteria, in the order shown. */
    public record Explained(MatchTier tier, List<MatchCriterion> criteria) {}

    public static Explained explain(MissionSide mission, ExpertSide expert, Vocabulary vocabulary) {
        var criteria = new ArrayList<MatchCriterion>();

        var core = shared(mission.core(), expert.evidence(), vocabulary, true);
        var counted = counted(mission.core(), vocabulary);
        var coreMet = (int) core.stream()
                .filter(c -> c.relation().exact() && counted.contains(c.conceptId()))
                .count();
        criteria.add(
                core.isEmpty() && expert.skillWords().isEmpty()
                        ? MatchCriterion.notMet(Criterion.SKILLS)
                        : MatchCriterion.met(Criterion.SKILLS, core, expert.skillWords()));

        var description = shared(mission.description(), expert.evidence(), vocabulary, false);
        var words = expert.descriptionWords() == null ? List.<String>of() : expert.descriptionWords();
        if (!description.isEmpty() || !words.isEmpty()) {
            criteria.add(MatchCriterion.met(Criterion.DESCRIPTION, description, words));
        } else {
            criteria.add(
                    expert.descriptionWords() == null
                            ? MatchCriterion.hidden(Criterion.DESCRIPTION)
                            : MatchCriterion.notMet(Criterion.DESCRIPTION));
        }

        if (expert.sectors() == null) {
            criteria.add(MatchCriterion.hidden(Criterion.SECTOR));
        } else {
            var sectors = expert.sectors().stream()
                    .filter(mission.sectors()::contains)
                    .toList();
            criteria.add(
                    sectors.isEmpty()
                            ? MatchCriterion.notMet(Criterion.SECTOR)
                            : MatchCriterion.met(Criterion.SECTOR, sectors));
        }

        if (!mission.languages().isEmpty()) {
            criteria.add(
                    expert.speaks()
                            ? MatchCriterion.met(
                                    Criterion.LANGUAGES,
                                    mission.languages().stream()
                                            .map(l -> l.language() + " "
                                                    + l.level().name())
                                            .toList())
                            : MatchCriterion.notMet(Criterion.LANGUAGES));
        }

        criteria.add(availability(mission, expert.availability()));

        if (expert.heritage() == null) {
            criteria.add(MatchCriterion.hidden(Criterion.HERITAGE));
        } else {
            criteria.add(
                    expert.heritage().contains(mission.country())
                            ? MatchCriterion.met(Criterion.HERITAGE, List.of(mission.country()))
                            : MatchCriterion.notMet(Criterion.HERITAGE));
        }

        if (expert.verified() == null) {
            criteria.add(MatchCriterion.hidden(Criterion.VERIFIED_QUALIFICATION));
        } else {
            criteria.add(
                    expert.verified()
                            ? MatchCriterion.met(Criterion.VERIFIED_QUALIFICATION, List.of())
                            : MatchCriterion.notMet(Criterion.VERIFIED_QUALIFICATION));
        }

        var tier = TierRule.tier(
                counted.size(),
                coreMet,
                core.size() - coreMet,
                (int) description.stream().filter(c -> c.relation().exact()).count(),
                expert.skillWords().size());
        return new Explained(tier, criteria);
    }

    /** Fits, flagged (with the next window), unknown (nothing stated) or hidden. */
    static MatchCriterion availability(MissionSide mission, List<AvailabilityWindow> windows) {
        if (windows == null) {
            return MatchCriterion.hidden(Criterion.AVAILABILITY);
        }
        if (windows.isEmpty()) {
            return MatchCriterion.unknown(Criterion.AVAILABILITY);
        }
        var fitting = windows.stream().filter(w -> fits(w, mission)).toList();
        if (!fitting.isEmpty()) {
            return MatchCriterion.available(fitting);
        }
        var next = windows.stream()
                .filter(w -> !w.end().isBefore(mission.start()))
                .min(Comparator.comparing(AvailabilityWindow::start))
                .orElse(null);
        return MatchCriterion.unavailable(next);
    }

    /** Whether an availability window overlaps the mission and allows its way of working. */
    public static boolean fits(AvailabilityWindow window, MissionSide mission) {
        if (!window.overlaps(mission.start(), mission.end())) {
            return false;
        }
        return switch (mission.mode()) {
            case ON_SITE -> window.onSite();
            case REMOTE -> window.remote();
            case HYBRID -> true;
        };
    }

    /**
     * The mission's concepts the expert has, each with the closest relation found: the same concept, a narrower one,
     * then (if {@code near}) a broader or related one. Sector roots never count.
     */
    static List<SharedConcept> shared(
            List<ConceptMention> wanted, List<Evidence> evidence, Vocabulary vocabulary, boolean near) {
        var shared = new ArrayList<SharedConcept>();
        for (var mention : wanted) {
            var id = mention.conceptId();
            Evidence best = null;
            Relation relation = null;
            for (var candidate : evidence) {
                var found = relation(id, candidate.conceptId(), vocabulary);
                if (found != null && (near || found.exact()) && (relation == null || found.compareTo(relation) < 0)) {
                    best = candidate;
                    relation = found;
                }
            }
            if (best != null) {
                shared.add(new SharedConcept(
                        id,
                        labels(id, vocabulary),
                        relation,
                        best.surface(),
                        best.language(),
                        !best.language().equals(mention.language())));
            }
        }
        return shared;
    }

    /**
     * The mission's concepts that decide a strong match. A whole discipline just below a sector (public health,
     * nursing) named beside more specific concepts is context: an epidemiology mission that also says "public health"
     * is not strongly matched by every public-health specialty.
     */
    static Set<String> counted(List<ConceptMention> core, Vocabulary vocabulary) {
        var all = new LinkedHashSet<String>();
        core.forEach(m -> all.add(m.conceptId()));
        var specific = new LinkedHashSet<String>();
        all.stream().filter(id -> vocabulary.depth(id) > GENERAL_DEPTH).forEach(specific::add);
        return specific.isEmpty() ? all : specific;
    }

    /** Concepts this close to their sector's root are whole disciplines. */
    static final int GENERAL_DEPTH = 1;

    /** A narrower or broader concept counts only this many steps away: a gynaecologist is not "public health". */
    static final int MAX_STEPS = 2;

    private static Relation relation(String wanted, String had, Vocabulary vocabulary) {
        if (wanted.equals(had)) {
            return Relation.SAME;
        }
        var down = vocabulary.steps(had, wanted);
        if (down > 0 && down <= MAX_STEPS) {
            return Relation.NARROWER;
        }
        if (isRoot(had, vocabulary)) {
            return null;
        }
        var up = vocabulary.steps(wanted, had);
        if (up > 0 && up <= MAX_STEPS) {
            return Relation.BROADER;
        }
        if (vocabulary.neighbours(wanted).contains(had)
                || vocabulary.neighbours(had).contains(wanted)) {
            return Relation.RELATED;
        }
        return null;
    }

    private static boolean isRoot(String id, Vocabulary vocabulary) {
        return vocabulary.concept(id).map(c -> c.isRoot()).orElse(false);
    }

    /** Mentions of concepts more specific than a whole sector. */
    public static List<ConceptMention> specific(List<ConceptMention> mentions, Vocabulary vocabulary) {
        return mentions.stream().filter(m -> !isRoot(m.conceptId(), vocabulary)).toList();
    }

    private static Map<String, String> labels(String id, Vocabulary vocabulary) {
        var labels = new TreeMap<String, String>();
        vocabulary.concept(id).ifPresent(c -> c.labels().forEach((language, l) -> labels.put(language, l.pref())));
        return labels;
    }

    private MatchExplainer() {}
}
