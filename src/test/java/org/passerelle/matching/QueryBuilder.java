package org.passerelle.matching;

import java.time.LocalDate;
import java.util.Set;
import org.passerelle.directory.ProficiencyLevel;

/** Builds directory queries in tests, naming only what differs from "everything". */
public final class QueryBuilder {

    private String text = "";
    private Set<String> sectors = Set.of();
    private Set<String> heritage = Set.of();
    private Set<String> regions = Set.of();
    private Set<String> continents = Set.of();
    private Set<String> residence = Set.of();
    private String language;
    private ProficiencyLevel level;
    private LocalDate from;
    private LocalDate to;
    private boolean remote;
    private boolean onSite;
    private boolean verified;
    private ExpertQuery.Sort sort = ExpertQuery.Sort.RELEVANCE;

    public static QueryBuilder query(String text) {
        var builder = new QueryBuilder();
        builder.text = text;
        return builder;
    }

    public QueryBuilder sectors(Set<String> codes) {
        sectors = codes;
        return this;
    }

    public QueryBuilder sectors(String... codes) {
        sectors = Set.of(codes);
        return this;
    }

    public QueryBuilder heritage(String... codes) {
        heritage = Set.of(codes);
        return this;
    }

    public QueryBuilder regions(String... codes) {
        regions = Set.of(codes);
        return this;
    }

    public QueryBuilder continents(Set<String> codes) {
        continents = codes;
        return this;
    }

    public QueryBuilder continents(String... codes) {
        continents = Set.of(codes);
        return this;
    }

    public QueryBuilder residence(Set<String> codes) {
        residence = codes;
        return this;
    }

    public QueryBuilder residence(String... codes) {
        residence = Set.of(codes);
        return this;
    }

    public QueryBuilder speaks(String code, ProficiencyLevel minimum) {
        language = code;
        level = minimum;
        return this;
    }

    public QueryBuilder available(LocalDate start, LocalDate end) {
        from = start;
        to = end;
        return this;
    }

    public QueryBuilder remote() {
        remote = true;
        return this;
    }

    public QueryBuilder onSite() {
        onSite = true;
        return this;
    }

    public QueryBuilder verified() {
        verified = true;
        return this;
    }

    public QueryBuilder sort(ExpertQuery.Sort order) {
        sort = order;
        return this;
    }

    public ExpertQuery build() {
        return new ExpertQuery(
                text,
                sectors,
                heritage,
                regions,
                continents,
                residence,
                language,
                level,
                from,
                to,
                remote,
                onSite,
                verified,
                sort);
    }
}
