package org.passerelle.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.passerelle.communities.Gatekeeper;
import org.passerelle.moderation.ModerationAdminService;
import org.passerelle.moderation.ModerationSettings;
import org.passerelle.moderation.PostRules;
import org.passerelle.moderation.WatchedWordAction;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/** Administrators set the moderation settings and the watched words, and try the words in a test box. */
@Route("admin/moderation")
@Menu(title = "nav.admin.moderation", order = 106)
@RolesAllowed("ADMIN")
public class ModerationAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationAdminService admin;
    private final Grid<PostRules.Word> words = new Grid<>();

    public ModerationAdminView(ModerationAdminService admin) {
        this.admin = admin;
        setMaxWidth("60em");
        add(new H1(getTranslation("nav.admin.moderation")), settings(), new H2(getTranslation("watched.title")));
        var word = Fields.text(this, "watched.word", 100);
        word.setId("watched-word");
        var action = new Select<WatchedWordAction>();
        action.setId("watched-action");
        action.setLabel(getTranslation("watched.action"));
        action.setItems(WatchedWordAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.setValue(WatchedWordAction.REQUIRE_APPROVAL);
        var addWord = new Button(getTranslation("watched.add"), e -> {
            if (Attempt.run(() -> admin.watch(word.getValue(), action.getValue()))) {
                word.clear();
                refresh();
            }
        });
        addWord.setId("watched-add");
        var row = new HorizontalLayout(word, action, addWord);
        row.setAlignItems(Alignment.BASELINE);
        words.setId("watched-words");
        words.setAllRowsVisible(true);
        words.addColumn(PostRules.Word::word).setHeader(getTranslation("watched.word"));
        words.addColumn(w -> getTranslation(w.action().labelKey())).setHeader(getTranslation("watched.action"));
        words.addComponentColumn(w -> new Button(getTranslation("common.remove"), e -> {
            admin.unwatch(w.word());
            refresh();
        }));
        var test = Fields.area(this, "watched.test", 2000);
        test.setId("watched-test");
        test.setWidthFull();
        var outcome = new Paragraph();
        outcome.setId("watched-test-outcome");
        var tryIt =
                new Button(getTranslation("watched.try"), e -> outcome.setText(describe(admin.test(test.getValue()))));
        tryIt.setId("watched-try");
        add(row, words, new H2(getTranslation("watched.testTitle")), test, tryIt, outcome);
        refresh();
    }

    private VerticalLayout settings() {
        var current = admin.settings();
        var approval = field("setting-approval", "setting.approvalPosts", 0, 50, current.approvalPosts());
        var links = field("setting-links", "setting.newMemberLinks", 0, 100, current.newMemberLinks());
        var perDay =
                field("setting-per-day", "setting.newMemberPostsPerDay", 1, 10_000, current.newMemberPostsPerDay());
        var flags = field("setting-flags", "setting.flagsToHide", 1, 100, current.flagsToHide());
        var perMinute = field("setting-per-minute", "setting.postsPerMinute", 1, 10_000, current.postsPerMinute());
        var topics = field("setting-topics", "setting.topicsPerDay", 1, 10_000, current.topicsPerDay());
        var save = new Button(getTranslation("common.save"), e -> {
            if (Stream.of(approval, links, perDay, flags, perMinute, topics)
                    .anyMatch(f -> f.isInvalid() || f.getValue() == null)) {
                return;
            }
            if (Attempt.run(() -> admin.saveSettings(new ModerationSettings(
                    approval.getValue(),
                    links.getValue(),
                    perDay.getValue(),
                    flags.getValue(),
                    perMinute.getValue(),
                    topics.getValue())))) {
                Attempt.done("setting.saved");
            }
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(new FormLayout(approval, links, perDay, flags, perMinute, topics), save);
        layout.setPadding(false);
        return layout;
    }

    private IntegerField field(String id, String labelKey, int min, int max, int value) {
        var field = Fields.integer(this, labelKey, min, max, "moderation.settings.range");
        field.setId(id);
        field.setValue(value);
        return field;
    }

    private String describe(Gatekeeper.Decision decision) {
        return switch (decision) {
            case Gatekeeper.Decision.Publish publish -> getTranslation("watched.outcome.publish", publish.raw());
            case Gatekeeper.Decision.Hold hold -> getTranslation("watched.outcome.hold");
            case Gatekeeper.Decision.Refuse refuse -> getTranslation("watched.outcome.refuse");
        };
    }

    private void refresh() {
        words.setItems(admin.watchedWords());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.moderation");
    }
}
