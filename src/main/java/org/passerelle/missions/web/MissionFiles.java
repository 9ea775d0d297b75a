package org.passerelle.missions.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.passerelle.directory.Countries;
import org.passerelle.missions.MissionFacts;
import org.passerelle.missions.MissionQueryService;
import org.passerelle.shared.PasserelleProperties;
import org.passerelle.shared.web.PageNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A mission's files and links for everyone: its calendar file, and "apply", which needs an account (the security
 * configuration sends a visitor to the login page first) and then opens the mission in the app.
 */
@Controller
class MissionFiles {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MissionQueryService board;
    private final Countries countries;
    private final PasserelleProperties properties;
    private final MessageSource messages;

    MissionFiles(
            MissionQueryService board, Countries countries, PasserelleProperties properties, MessageSource messages) {
        this.board = board;
        this.countries = countries;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/mission/{id}.ics")
    @ResponseBody
    ResponseEntity<String> calendar(@PathVariable String id, Locale locale) {
        var mission = board.view(PageNotFoundException.id(id)).orElseThrow(PageNotFoundException::new);
        var url = properties.link("mission/" + mission.id());
        var event = new MissionCalendar.Event(
                "mission-" + mission.id() + "@" + URI.create(url).getHost(),
                mission.updatedAt(),
                mission.startDate(),
                mission.endDate(),
                mission.title() + " — " + mission.institutionName(),
                mission.summary() + "\n\n" + url,
                MissionFacts.place(mission, locale, countries),
                url);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"mission-" + mission.id() + ".ics\"")
                .body(MissionCalendar.write(event));
    }

    /** Only reached signed in: the mission in the app, where its application form is. */
    @GetMapping("/mission/{id}/apply")
    String apply(@PathVariable String id) {
        return "redirect:/mission/" + PageNotFoundException.id(id);
    }

    @ExceptionHandler(PageNotFoundException.class)
    ResponseEntity<String> notFound(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(messages.getMessage("public.notFound.text", null, locale));
    }
}
