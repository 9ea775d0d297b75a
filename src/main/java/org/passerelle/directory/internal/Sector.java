package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.passerelle.directory.SectorInfo;
import org.passerelle.shared.AbstractEntity;

@Entity
@Table(name = "sector")
public class Sector extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 80)
    private String nameEn;

    @Column(nullable = false, length = 80)
    private String nameFr;

    private int position;

    private boolean active = true;

    protected Sector() {}

    public Sector(String code, String nameEn, String nameFr, int position) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.position = position;
    }

    public void rename(String nameEn, String nameFr) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public SectorInfo toInfo() {
        return new SectorInfo(code, nameEn, nameFr, position, active);
    }
}
