package org.passerelle.directory;

/** How well someone speaks a language: the CEFR levels, then native. Ordered from weakest to strongest. */
public enum ProficiencyLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    NATIVE;

    public boolean atLeast(ProficiencyLevel minimum) {
        return compareTo(minimum) >= 0;
    }

    public String labelKey() {
        return "proficiency." + name();
    }
}
