package org.passerelle.missions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionStatus;
import org.passerelle.shared.AbstractEntity;

/** One logged move of a mission. Never changed once written. */
@Entity
@Table(name = "mission_transition")
public class MissionTransitionRecord extends AbstractEntity {

    @Column(nullable = false)
    private Long missionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 24)
    private MissionStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private MissionStatus to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MissionAction action;

    /** Null when the platform itself moved the mission (staffed, evaluated). */
    private Long actorId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 2000)
    private String reason;

    protected MissionTransitionRecord() {}

    public MissionTransitionRecord(
            long missionId,
            MissionStatus from,
            MissionStatus to,
            MissionAction action,
            Long actorId,
            Instant at,
            String reason) {
        this.missionId = missionId;
        this.from = from;
        this.to = to;
        this.action = action;
        this.actorId = actorId;
        this.at = at;
        this.reason = reason == null ? "" : reason;
    }

    public MissionStatus getFrom() {
        return from;
    }

    public MissionStatus getTo() {
        return to;
    }

    public MissionAction getAction() {
        return action;
    }

    public Long getActorId() {
        return actorId;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
