package org.passerelle.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.communities.CommunityReporting;
import org.passerelle.directory.ExpertReporting;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.institutions.InstitutionReporting;
import org.passerelle.missions.MissionReporting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The impact module reads the reporting views the other modules publish, and nothing else: every public method of its
 * queries runs (with and without filters) over a connection that records the SQL, and every table or view named after
 * FROM or JOIN must be one of the views declared by the owning modules' {@code …Reporting} enums.
 */
@IntegrationTest
class ImpactReadModelIT {

    private static final Pattern RELATION = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)");

    @Autowired
    DataSource dataSource;

    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Test
    void impactReadsOnlyTheDeclaredReportingViews() throws Exception {
        var declared = new TreeSet<String>();
        Stream.of(
                        ExpertReporting.values(),
                        MissionReporting.values(),
                        InstitutionReporting.values(),
                        CommunityReporting.values())
                .flatMap(Arrays::stream)
                .forEach(view -> declared.add(view.toString()));
        var jdbc = JdbcClient.create(recording(dataSource));

        var called = new ArrayList<String>();
        for (var queries : List.of(new ImpactQueries(jdbc), new OpenDataQueries(jdbc))) {
            for (var method : queries.getClass().getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    for (var filter : filters()) {
                        method.invoke(queries, arguments(method, filter));
                    }
                    called.add(method.getName());
                }
            }
        }

        var read = new TreeSet<String>();
        statements.forEach(sql ->
                RELATION.matcher(sql).results().forEach(m -> read.add(m.group(1).toLowerCase())));
        assertThat(called).as("query methods run").hasSizeGreaterThan(15);
        assertThat(read).as("tables and views impact reads").isNotEmpty().isSubsetOf(declared);
        assertThat(declared).as("declared views nobody reads").isSubsetOf(read);
        var plain = JdbcClient.create(dataSource);
        declared.forEach(view -> assertThat(plain.sql("select count(*) from " + view)
                        .query(Long.class)
                        .single())
                .as(view)
                .isNotNegative());
    }

    private static List<ImpactFilter> filters() {
        return List.of(
                ImpactFilter.all(),
                new ImpactFilter("ML", "health", null, null),
                new ImpactFilter(null, "ict", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    private static Object[] arguments(Method method, ImpactFilter filter) {
        return Arrays.stream(method.getParameterTypes())
                .map(type -> {
                    if (type == ImpactFilter.class) {
                        return filter;
                    } else if (type == String.class) {
                        return filter.sector() == null ? "ML" : filter.sector();
                    } else if (Collection.class.isAssignableFrom(type)) {
                        return filter.country() == null ? List.of("health", "ict") : List.of("ML", "SN");
                    } else if (type == long.class) {
                        return 1L;
                    } else if (type == int.class) {
                        return 10;
                    }
                    throw new IllegalArgumentException(method + ": no test value for " + type);
                })
                .toArray();
    }

    /** A data source whose connections record every statement they prepare. */
    private DataSource recording(DataSource target) {
        InvocationHandler connections = (proxy, method, args) -> {
            var result = method.invoke(target, args);
            if (result instanceof Connection connection) {
                return Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                            if (Set.of("prepareStatement", "prepareCall").contains(m.getName()) && a != null) {
                                statements.add((String) a[0]);
                            }
                            return m.invoke(connection, a);
                        });
            }
            return result;
        };
        return (DataSource)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, connections);
    }
}
