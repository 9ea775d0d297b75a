package org.passerelle;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/** The application's own events (what its listeners take) and the rule for their names. */
final class EventTypes {

    /** Past participles that do not end in "ed". */
    private static final Set<String> IRREGULAR = Set.of("Sent", "Found", "Made", "Held", "Given", "Taken", "Done");

    private static final Pattern WORD = Pattern.compile("[A-Z][a-z]*");

    /** Classes of ours that a listener method of ours takes as its event. */
    static final DescribedPredicate<JavaClass> LISTENED_TO = new DescribedPredicate<>("are listened to as events") {
        @Override
        public boolean test(JavaClass type) {
            return type.getPackageName().startsWith("org.passerelle")
                    && type.getDirectDependenciesToSelf().stream()
                            .anyMatch(d -> d.getOriginClass().getMethods().stream()
                                    .filter(m -> m.isAnnotatedWith(ApplicationModuleListener.class)
                                            || m.isAnnotatedWith(EventListener.class)
                                            || m.isAnnotatedWith(TransactionalEventListener.class))
                                    .anyMatch(m -> m.getRawParameterTypes().contains(type)));
        }
    };

    /** A record named in the past tense, or a sealed interface whose every kind is one. */
    static final ArchCondition<JavaClass> BE_PAST_TENSE_RECORDS = new ArchCondition<>("be past-tense records") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            var kinds = type.isInterface() ? type.getSubclasses() : Set.of(type);
            if (kinds.isEmpty()) {
                events.add(SimpleConditionEvent.violated(type, type.getName() + " has no record implementing it"));
            }
            for (var kind : kinds) {
                if (!kind.isRecord() || !pastTense(kind.getSimpleName())) {
                    events.add(SimpleConditionEvent.violated(
                            kind, kind.getName() + " is an event but not a record named in the past tense"));
                }
            }
        }
    };

    /** Whether one of the name's words is a past participle ("MissionMoved", "RegistrationAttemptedOn…"). */
    static boolean pastTense(String name) {
        return WORD.matcher(name)
                .results()
                .map(MatchResult::group)
                .anyMatch(word -> word.endsWith("ed") || IRREGULAR.contains(word));
    }

    private EventTypes() {}
}
