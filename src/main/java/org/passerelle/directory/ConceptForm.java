package org.passerelle.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator adds to the vocabulary: a label in one language for an existing concept ({@code conceptId}
 * set), or a new concept with its sector, broader concept and a preferred label in each of English, French and
 * Arabic ({@code conceptId} empty).
 */
public class ConceptForm {

    private String conceptId = "";

    @Size(max = 40)
    private String sector = "";

    @Size(max = 120)
    private String broader = "";

    @Pattern(regexp = "en|fr|ar", message = "{vocabulary.language.required}")
    private String language = "en";

    @Size(max = 100, message = "{vocabulary.label.tooLong}")
    private String label = "";

    @Size(max = 100, message = "{vocabulary.label.tooLong}")
    private String labelEn = "";

    @Size(max = 100, message = "{vocabulary.label.tooLong}")
    private String labelFr = "";

    @Size(max = 100, message = "{vocabulary.label.tooLong}")
    private String labelAr = "";

    public boolean isNewConcept() {
        return conceptId == null || conceptId.isBlank();
    }

    public String getConceptId() {
        return conceptId;
    }

    public void setConceptId(String conceptId) {
        this.conceptId = conceptId == null ? "" : conceptId;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector == null ? "" : sector;
    }

    public String getBroader() {
        return broader;
    }

    public void setBroader(String broader) {
        this.broader = broader == null ? "" : broader;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label == null ? "" : label;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn == null ? "" : labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr == null ? "" : labelFr;
    }

    public String getLabelAr() {
        return labelAr;
    }

    public void setLabelAr(String labelAr) {
        this.labelAr = labelAr == null ? "" : labelAr;
    }

    /** For a new concept, every language needs its label; for a new label, the label itself. */
    @AssertTrue(message = "{vocabulary.label.required}")
    public boolean isLabelled() {
        return isNewConcept() ? !labelEn.isBlank() && !labelFr.isBlank() && !labelAr.isBlank() : !label.isBlank();
    }
}
