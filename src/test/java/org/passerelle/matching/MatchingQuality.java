package org.passerelle.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.passerelle.matching.RealisticJudgedSet.Grade;

/**
 * Ranking quality of one mission's list against graded judgments: precision@5 (strong or partial counts as
 * relevant), nDCG@10 (gain 2 for strong, 1 for partial, ideal order from every judged expert the mission may have),
 * recall@20 of strong experts, irrelevant experts in the top 10, the worst position of a relevant expert and how many
 * relevant experts are beyond the 50th place (or not listed at all).
 *
 * @param worstRelevant the position (1-based) of the relevant expert ranked last, or {@link Integer#MAX_VALUE} when
 *     one is missing from the list
 */
record MatchingQuality(
        String mission,
        double precisionAt5,
        double ndcgAt10,
        double strongRecallAt20,
        int irrelevantInTop10,
        int worstRelevant,
        int beyond50,
        List<String> missing) {

    /**
     * @param ranked expert keys, best first
     * @param grades the judged grade of each expert that may appear (experts the hard filters leave out are absent)
     */
    static MatchingQuality of(String mission, List<String> ranked, Map<String, Grade> grades) {
        Predicate<String> relevant = k -> grades.getOrDefault(k, Grade.NOT) != Grade.NOT;
        var top5 = ranked.stream().limit(5).filter(relevant).count();
        var precision = top5 / 5.0;
        var dcg = 0.0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += grades.getOrDefault(ranked.get(i), Grade.NOT).gain / log2(i + 2);
        }
        var ideal = grades.values().stream()
                .filter(g -> g != Grade.NOT)
                .sorted((a, b) -> b.gain - a.gain)
                .limit(10)
                .toList();
        var idcg = 0.0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i).gain / log2(i + 2);
        }
        var strong = grades.entrySet().stream()
                .filter(e -> e.getValue() == Grade.STRONG)
                .map(Map.Entry::getKey)
                .toList();
        var top20 = Set.copyOf(ranked.subList(0, Math.min(20, ranked.size())));
        var recall =
                strong.isEmpty() ? 1.0 : strong.stream().filter(top20::contains).count() / (double) strong.size();
        var irrelevant =
                (int) ranked.stream().limit(10).filter(relevant.negate()).count();
        var worst = 0;
        var missing = new ArrayList<String>();
        var beyond50 = 0;
        for (var entry : grades.entrySet()) {
            if (entry.getValue() == Grade.NOT) {
                continue;
            }
            var position = ranked.indexOf(entry.getKey());
            if (position < 0 || position >= 50) {
                beyond50++;
            }
            if (position < 0) {
                missing.add(entry.getKey());
                worst = Integer.MAX_VALUE;
            } else {
                worst = Math.max(worst, position + 1);
            }
        }
        return new MatchingQuality(
                mission,
                precision,
                idcg == 0 ? 1.0 : dcg / idcg,
                recall,
                irrelevant,
                worst,
                beyond50,
                List.copyOf(missing));
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    /** Means over several missions, as a report line. */
    static String summary(String label, List<MatchingQuality> rows) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f | %.1f | %d |",
                label,
                rows.size(),
                rows.stream()
                        .mapToDouble(MatchingQuality::precisionAt5)
                        .average()
                        .orElse(0),
                rows.stream().mapToDouble(MatchingQuality::ndcgAt10).average().orElse(0),
                rows.stream()
                        .mapToDouble(MatchingQuality::strongRecallAt20)
                        .average()
                        .orElse(0),
                rows.stream()
                        .mapToInt(MatchingQuality::irrelevantInTop10)
                        .average()
                        .orElse(0),
                rows.stream().mapToInt(MatchingQuality::beyond50).sum());
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %d | %s |",
                mission,
                precisionAt5,
                ndcgAt10,
                strongRecallAt20,
                irrelevantInTop10,
                worstRelevant == Integer.MAX_VALUE ? "missing " + missing : Integer.toString(worstRelevant));
    }
}
