package org.passerelle.matching.internal;

import static org.passerelle.communities.ForumIndex.AUTHOR;
import static org.passerelle.communities.ForumIndex.CREATED;
import static org.passerelle.communities.ForumIndex.STATUS;
import static org.passerelle.communities.ForumIndex.TEXT_EN;
import static org.passerelle.communities.ForumIndex.TEXT_FR;
import static org.passerelle.communities.ForumIndex.TOPIC_CLOSED;
import static org.passerelle.communities.ForumIndex.TOPIC_COMMUNITY;
import static org.passerelle.communities.ForumIndex.TOPIC_TITLE_EN;
import static org.passerelle.communities.ForumIndex.TOPIC_TITLE_FR;

import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.passerelle.communities.ForumIndex;
import org.passerelle.communities.PostStatus;
import org.passerelle.matching.ForumQuery;
import org.springframework.stereotype.Component;

/** Lucene queries over published forum posts; pending, hidden, rejected and deleted posts are never found. */
@Component
public class ForumSearchQueries {

    private static final int MAX_TEXT = 200;
    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");

    private final EntityManager entityManager;

    ForumSearchQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Post ids, best first, with their snippets, and the total. */
    public record Page(List<Long> ids, Map<Long, List<String>> snippets, long total) {}

    public Page search(ForumQuery query, int offset, int limit) {
        var session = Search.session(entityManager);
        var scope = session.scope(Object.class, ForumIndex.ENTITY);
        var f = scope.predicate();
        var where = f.bool().filter(f.match().field(STATUS).matching(PostStatus.PUBLISHED));
        if (query.hasText()) {
            var text = query.text().strip();
            text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            var or = f.or().add(f.match()
                    .fields(TOPIC_TITLE_EN, TOPIC_TITLE_FR)
                    .matching(text)
                    .boost(2f));
            if (!query.titlesOnly()) {
                or.add(f.match().fields(TEXT_EN, TEXT_FR).matching(text));
            }
            where.must(or);
        }
        if (query.communityId() != null) {
            where.filter(f.match().field(TOPIC_COMMUNITY).matching(query.communityId()));
        }
        if (query.authorId() != null) {
            where.filter(f.match().field(AUTHOR).matching(query.authorId()));
        }
        if (query.closed() != null) {
            where.filter(f.match().field(TOPIC_CLOSED).matching(query.closed()));
        }
        if (query.from() != null) {
            where.filter(
                    f.range().field(CREATED).atLeast(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            where.filter(f.range()
                    .field(CREATED)
                    .lessThan(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        var result = session.search(scope)
                .select(p -> p.composite()
                        .from(p.id(Long.class), p.highlight(TEXT_EN), p.highlight(TEXT_FR), p.highlight(TOPIC_TITLE_EN))
                        .asArray())
                .where(where.toPredicate())
                .highlighter(h -> h.fastVector()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2))
                .sort(s -> query.hasText()
                        ? s.score().then().field(CREATED).desc()
                        : s.field(CREATED).desc())
                .fetch(offset, limit);
        var snippets = result.hits().stream()
                .collect(Collectors.toMap(
                        row -> (Long) row[0],
                        row -> Stream.of(row[1], row[2], row[3])
                                .flatMap(list -> ((List<?>) list).stream())
                                .map(String::valueOf)
                                .map(snippet -> Jsoup.clean(snippet, MARKS_ONLY))
                                .distinct()
                                .limit(2)
                                .toList()));
        return new Page(
                result.hits().stream().map(row -> (Long) row[0]).toList(),
                snippets,
                result.total().hitCount());
    }
}
