package org.passerelle.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.passerelle.moderation.WatchedWordAction;
import org.passerelle.shared.AbstractEntity;

@Entity
@Table(name = "watched_word")
public class WatchedWordEntry extends AbstractEntity {

    @Column(nullable = false, length = 100, unique = true)
    private String word;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WatchedWordAction action;

    protected WatchedWordEntry() {}

    public WatchedWordEntry(String word, WatchedWordAction action) {
        this.word = word;
        this.action = action;
    }

    public String getWord() {
        return word;
    }

    public WatchedWordAction getAction() {
        return action;
    }

    public void setAction(WatchedWordAction action) {
        this.action = action;
    }
}
