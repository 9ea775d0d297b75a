package org.passerelle.missions.web;

import java.util.Locale;
import org.passerelle.directory.Countries;
import org.passerelle.missions.MissionBoardService;
import org.passerelle.shared.PasserelleProperties;
import org.passerelle.shared.web.PageNotFoundException;
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

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final MissionBoardService board;
    private final Countries countries;
    private final PasserelleProperties properties;

    MissionFiles(MissionBoardService board, Countries countries, PasserelleProperties properties) {
        this.board = board;
        this.countries = countries;
        this.properties = properties;
    }

    @GetMapping("/mission/{id}.ics")
    @ResponseBody
    ResponseEntity<String> calendar(@PathVariable String id, Locale locale) {
        var mission = board.view(PageNotFoundException.id(id)).orElseThrow(PageNotFoundException::new);
        var url = properties.link("mission/" + mission.id());
        var place = new java.util.ArrayList<String>();
        if (!mission.city().isEmpty()) {
            place.add(mission.city());
        }
        place.add(countries.name(mission.country(), locale));
        var event = new MissionCalendar.Event(
                "mission-" + mission.id() + "@" + java.net.URI.create(url).getHost(),
                mission.updatedAt(),
                mission.startDate(),
                mission.endDate(),
                mission.title() + " — " + mission.institutionName(),
                mission.summary() + "\n\n" + url,
                String.join(", ", place),
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
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body("Not found");
    }
}
