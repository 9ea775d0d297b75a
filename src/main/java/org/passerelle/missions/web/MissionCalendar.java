package org.passerelle.missions.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A mission as an iCalendar file (RFC 5545): one all-day event over the mission's window, with its place and a link
 * back. Lines end in CRLF, text is escaped and long lines are folded at 75 octets, as calendar programs expect.
 */
final class MissionCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * The event.
     *
     * @param uid a stable unique id (the same mission always gives the same event)
     * @param last the last day of the window (the file's end is the day after: all-day ends are exclusive)
     */
    record Event(
            String uid,
            Instant stamp,
            LocalDate first,
            LocalDate last,
            String summary,
            String description,
            String location,
            String url) {}

    private MissionCalendar() {}

    static String write(Event event) {
        var lines = new ArrayList<String>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Passerelle//Missions//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(event.uid()));
        lines.add("DTSTAMP:" + STAMP.format(event.stamp()));
        lines.add("DTSTART;VALUE=DATE:" + DAY.format(event.first()));
        lines.add("DTEND;VALUE=DATE:" + DAY.format(event.last().plusDays(1)));
        lines.add("SUMMARY:" + text(event.summary()));
        lines.add("DESCRIPTION:" + text(event.description()));
        lines.add("LOCATION:" + text(event.location()));
        lines.add("URL:" + event.url());
        lines.add("TRANSP:TRANSPARENT");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        var out = new StringBuilder();
        lines.forEach(line -> fold(line).forEach(part -> out.append(part).append("\r\n")));
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and newlines escaped; other control characters dropped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n")
                .replaceAll("\\p{Cntrl}", "");
    }

    /** A content line longer than 75 octets continues on lines starting with a space, never splitting a character. */
    static List<String> fold(String line) {
        var parts = new ArrayList<String>();
        var current = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            var character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                parts.add(current.toString());
                current = new StringBuilder(" ");
                octets = 1;
                limit = 75;
            }
            current.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        parts.add(current.toString());
        return parts;
    }
}
