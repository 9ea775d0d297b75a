package org.passerelle.missions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar file as RFC 5545 wants it: escaped text, folded lines, an exclusive end day. */
class MissionCalendarTest {

    @Test
    void textIsEscapedAndLongLinesFoldWithoutSplittingACharacter() {
        assertThat(MissionCalendar.text("a;b,c\\d\ne\r\nf\u0007")).isEqualTo("a\\;b\\,c\\\\d\\ne\\nf");
        var line = "SUMMARY:" + "é".repeat(60);
        var parts = MissionCalendar.fold(line);
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(String.join(
                        "",
                        parts.stream()
                                .map(p -> p.startsWith(" ") ? p.substring(1) : p)
                                .toList()))
                .isEqualTo(line);
        parts.forEach(
                part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(parts.subList(1, parts.size())).allMatch(p -> p.startsWith(" "));
    }

    @Test
    void anAllDayEventEndsTheDayAfterTheLastDay() {
        var file = MissionCalendar.write(new MissionCalendar.Event(
                "mission-4@example.org",
                Instant.parse("2026-12-03T10:15:30Z"),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31),
                "Training, nurses",
                "Summary",
                "Sikasso, Mali",
                "https://example.org/mission/4"));
        assertThat(file)
                .contains("DTSTAMP:20261203T101530Z\r\n")
                .contains("DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270401\r\n")
                .contains("SUMMARY:Training\\, nurses\r\n")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(file.split("\r\n")).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
    }
}
