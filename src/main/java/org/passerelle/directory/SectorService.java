package org.passerelle.directory;

import jakarta.validation.Valid;
import java.util.List;
import org.passerelle.directory.internal.Sector;
import org.passerelle.directory.internal.SectorRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The sectors experts, missions and communities are classified by. Everyone reads them; administrators edit. */
@Service
@Validated
@Transactional
public class SectorService {

    /** A sector code that is already taken, or unknown. */
    public static class SectorCodeException extends RuntimeException {
        SectorCodeException(String code) {
            super(code);
        }
    }

    private final SectorRepository sectors;

    SectorService(SectorRepository sectors) {
        this.sectors = sectors;
    }

    /** Active sectors in display order. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SectorInfo> active() {
        return sectors.findByActiveTrueOrderByPositionAsc().stream()
                .map(Sector::toInfo)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SectorInfo> all() {
        return sectors.findAllByOrderByPositionAsc().stream()
                .map(Sector::toInfo)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public SectorInfo create(@Valid SectorForm form) {
        if (sectors.findByCode(form.getCode()).isPresent()) {
            throw new SectorCodeException(form.getCode());
        }
        var position = sectors.findAllByOrderByPositionAsc().size() + 1;
        return sectors.save(new Sector(
                        form.getCode(),
                        form.getNameEn().strip(),
                        form.getNameFr().strip(),
                        position))
                .toInfo();
    }

    /** Renames a sector (its code never changes: other records refer to it). */
    @PreAuthorize("hasRole('ADMIN')")
    public SectorInfo rename(@Valid SectorForm form) {
        var sector = sectors.findByCode(form.getCode()).orElseThrow(() -> new SectorCodeException(form.getCode()));
        sector.rename(form.getNameEn().strip(), form.getNameFr().strip());
        return sector.toInfo();
    }

    /** Hides a sector from new choices (records that use it keep it), or shows it again. */
    @PreAuthorize("hasRole('ADMIN')")
    public SectorInfo setActive(String code, boolean active) {
        var sector = sectors.findByCode(code).orElseThrow(() -> new SectorCodeException(code));
        sector.setActive(active);
        return sector.toInfo();
    }
}
