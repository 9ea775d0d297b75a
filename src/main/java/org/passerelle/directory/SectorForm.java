package org.passerelle.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A sector as an administrator creates or renames it. */
public class SectorForm {

    @NotBlank(message = "{sectors.code.required}")
    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{sectors.code.invalid}")
    private String code = "";

    @NotBlank(message = "{sectors.name.required}")
    @Size(max = 80, message = "{sectors.name.tooLong}")
    private String nameEn = "";

    @NotBlank(message = "{sectors.name.required}")
    @Size(max = 80, message = "{sectors.name.tooLong}")
    private String nameFr = "";

    public static SectorForm of(SectorInfo sector) {
        var form = new SectorForm();
        form.setCode(sector.code());
        form.setNameEn(sector.nameEn());
        form.setNameFr(sector.nameFr());
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }
}
