package org.passerelle.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.missions.WorkMode;

/**
 * A hand-judged set for mission → expert matching: ten missions, five experts judged relevant to each (fifty), and
 * traps — an expert with the right skills whose availability does not overlap, one who lacks the required language,
 * a hidden profile, and same-sector experts with other skills. Mission 9 is written in French and its relevant
 * experts in English.
 */
final class JudgedMatchingSet {

    record JudgedMission(
            String key,
            String title,
            String summary,
            String sector,
            Set<String> skills,
            String country,
            WorkMode mode,
            List<LanguageSkill> languages) {}

    /**
     * An expert profile to create.
     *
     * @param relevantTo the key of the mission this expert is judged relevant to, or null
     */
    record JudgedExpert(
            String name,
            String relevantTo,
            String headline,
            String sector,
            Set<String> skills,
            String bio,
            Set<String> heritage,
            List<LanguageSkill> languages,
            List<AvailabilityWindow> availability,
            boolean hidden) {}

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 5, 31);

    private static final List<LanguageSkill> FRENCH_B2 = List.of(new LanguageSkill("fr", ProficiencyLevel.B2));
    private static final List<LanguageSkill> BILINGUAL =
            List.of(new LanguageSkill("fr", ProficiencyLevel.C1), new LanguageSkill("en", ProficiencyLevel.C2));
    private static final List<LanguageSkill> ENGLISH_ONLY = List.of(new LanguageSkill("en", ProficiencyLevel.NATIVE));
    private static final List<AvailabilityWindow> SPRING = List.of(new AvailabilityWindow(START, END, true, true));
    private static final List<AvailabilityWindow> LATER =
            List.of(new AvailabilityWindow(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30), true, true));

    static final List<JudgedMission> MISSIONS = List.of(
            mission(
                    "neonatal",
                    "Neonatal care unit",
                    "Set up a neonatal care unit and train midwives",
                    "health",
                    Set.of("neonatology", "midwifery"),
                    "ML",
                    WorkMode.ON_SITE,
                    FRENCH_B2),
            mission(
                    "water",
                    "Drinking water treatment",
                    "Improve drinking water treatment and sanitation",
                    "water",
                    Set.of("water treatment", "chlorination"),
                    "SN",
                    WorkMode.ON_SITE,
                    List.of()),
            mission(
                    "solar",
                    "Solar mini-grids for rural clinics",
                    "Design photovoltaic mini-grids",
                    "energy",
                    Set.of("photovoltaics", "mini-grid"),
                    "NE",
                    WorkMode.HYBRID,
                    List.of()),
            mission(
                    "egov",
                    "E-government portal",
                    "Architecture of an e-government services portal",
                    "ict",
                    Set.of("software architecture", "e-government"),
                    "BJ",
                    WorkMode.REMOTE,
                    List.of()),
            mission(
                    "maths",
                    "Mathematics teacher training",
                    "Train secondary mathematics teachers",
                    "education",
                    Set.of("mathematics didactics", "curriculum design"),
                    "CM",
                    WorkMode.ON_SITE,
                    List.of()),
            mission(
                    "irrigation",
                    "Drip irrigation for smallholders",
                    "Introduce drip irrigation and agronomy",
                    "agriculture",
                    Set.of("irrigation", "agronomy"),
                    "BF",
                    WorkMode.ON_SITE,
                    List.of()),
            mission(
                    "budget",
                    "Programme budgeting reform",
                    "Support the ministry of finance in public finance",
                    "governance",
                    Set.of("public finance", "budgeting"),
                    "CI",
                    WorkMode.HYBRID,
                    List.of()),
            mission(
                    "incubator",
                    "Start-up incubator",
                    "Set up an incubator and coach founders on venture capital",
                    "entrepreneurship",
                    Set.of("business incubation", "venture capital"),
                    "GN",
                    WorkMode.ON_SITE,
                    List.of()),
            mission(
                    "epidemio",
                    "Surveillance épidémiologique",
                    "Renforcer la surveillance épidémiologique du choléra",
                    "health",
                    Set.of("épidémiologie", "surveillance", "vaccination"),
                    "HT",
                    WorkMode.ON_SITE,
                    List.of()),
            mission(
                    "archives",
                    "Digitising court archives",
                    "Digitise judicial archives and records management",
                    "justice",
                    Set.of("archival science", "records management"),
                    "MG",
                    WorkMode.HYBRID,
                    List.of()));

    static final List<JudgedExpert> EXPERTS = List.of(
            // neonatal (French B2 required)
            relevant(
                    "Neo 1",
                    "neonatal",
                    "Neonatologist, head of a neonatal unit",
                    "health",
                    Set.of("neonatology", "paediatrics"),
                    Set.of("ML")),
            relevant(
                    "Neo 2",
                    "neonatal",
                    "Midwife and trainer of midwives",
                    "health",
                    Set.of("midwifery", "obstetrics"),
                    Set.of("SN")),
            relevant(
                    "Neo 3",
                    "neonatal",
                    "Paediatric nurse in neonatal intensive care",
                    "health",
                    Set.of("neonatology", "nursing"),
                    Set.of("ML")),
            relevant(
                    "Neo 4",
                    "neonatal",
                    "Sage-femme, formation des sages-femmes",
                    "health",
                    Set.of("midwifery"),
                    Set.of("CI")),
            relevant(
                    "Neo 5",
                    "neonatal",
                    "Neonatal care consultant",
                    "health",
                    Set.of("neonatal care", "neonatology"),
                    Set.of()),
            // water, with a trap: right skills but available only in 2030
            relevant(
                    "Water 1",
                    "water",
                    "Water treatment engineer",
                    "water",
                    Set.of("water treatment", "hydraulics"),
                    Set.of("SN")),
            relevant(
                    "Water 2",
                    "water",
                    "Chlorination and disinfection specialist",
                    "water",
                    Set.of("chlorination"),
                    Set.of()),
            relevant(
                    "Water 3",
                    "water",
                    "Sanitation engineer, water treatment plants",
                    "water",
                    Set.of("sanitation", "water treatment"),
                    Set.of("ML")),
            relevant(
                    "Water 4",
                    "water",
                    "Drinking water quality chemist",
                    "water",
                    Set.of("water quality", "chlorination"),
                    Set.of("SN")),
            relevant(
                    "Water 5",
                    "water",
                    "Municipal water utility manager",
                    "water",
                    Set.of("water treatment", "utility management"),
                    Set.of()),
            // solar
            relevant(
                    "Solar 1",
                    "solar",
                    "Photovoltaics engineer",
                    "energy",
                    Set.of("photovoltaics", "energy storage"),
                    Set.of("NE")),
            relevant("Solar 2", "solar", "Mini-grid developer", "energy", Set.of("mini-grid"), Set.of()),
            relevant(
                    "Solar 3",
                    "solar",
                    "Rural electrification with solar mini-grids",
                    "energy",
                    Set.of("mini-grid", "rural electrification"),
                    Set.of("NE")),
            relevant(
                    "Solar 4", "solar", "Solar installer and trainer", "energy", Set.of("photovoltaics"), Set.of("ML")),
            relevant(
                    "Solar 5",
                    "solar",
                    "Power systems engineer, photovoltaic plants",
                    "energy",
                    Set.of("power systems", "photovoltaics"),
                    Set.of()),
            // e-government
            relevant(
                    "Egov 1",
                    "egov",
                    "Software architect for public services",
                    "ict",
                    Set.of("software architecture", "cloud"),
                    Set.of("BJ")),
            relevant("Egov 2", "egov", "E-government programme lead", "ict", Set.of("e-government"), Set.of()),
            relevant(
                    "Egov 3",
                    "egov",
                    "Enterprise software architecture",
                    "ict",
                    Set.of("software architecture"),
                    Set.of("TG")),
            relevant(
                    "Egov 4",
                    "egov",
                    "Digital identity and e-government services",
                    "ict",
                    Set.of("e-government", "digital identity"),
                    Set.of("BJ")),
            relevant(
                    "Egov 5",
                    "egov",
                    "Government portal architect",
                    "ict",
                    Set.of("software architecture", "web portals"),
                    Set.of()),
            // maths
            relevant(
                    "Maths 1",
                    "maths",
                    "Mathematics didactics researcher",
                    "education",
                    Set.of("mathematics didactics"),
                    Set.of("CM")),
            relevant(
                    "Maths 2",
                    "maths",
                    "Curriculum design for secondary schools",
                    "education",
                    Set.of("curriculum design"),
                    Set.of()),
            relevant(
                    "Maths 3",
                    "maths",
                    "Trainer of mathematics teachers",
                    "education",
                    Set.of("mathematics didactics", "teacher training"),
                    Set.of("CM")),
            relevant(
                    "Maths 4",
                    "maths",
                    "Secondary mathematics teacher",
                    "education",
                    Set.of("mathematics", "curriculum design"),
                    Set.of("SN")),
            relevant(
                    "Maths 5",
                    "maths",
                    "Education consultant, curriculum design",
                    "education",
                    Set.of("curriculum design", "assessment"),
                    Set.of()),
            // irrigation
            relevant("Agri 1", "irrigation", "Irrigation engineer", "agriculture", Set.of("irrigation"), Set.of("BF")),
            relevant(
                    "Agri 2",
                    "irrigation",
                    "Agronomist for smallholder farms",
                    "agriculture",
                    Set.of("agronomy"),
                    Set.of()),
            relevant(
                    "Agri 3",
                    "irrigation",
                    "Drip irrigation specialist",
                    "agriculture",
                    Set.of("irrigation", "water management"),
                    Set.of("BF")),
            relevant(
                    "Agri 4",
                    "irrigation",
                    "Soil scientist and agronomist",
                    "agriculture",
                    Set.of("agronomy", "soil science"),
                    Set.of("ML")),
            relevant(
                    "Agri 5",
                    "irrigation",
                    "Agricultural extension officer, irrigation schemes",
                    "agriculture",
                    Set.of("irrigation", "extension"),
                    Set.of()),
            // budget
            relevant(
                    "Fin 1",
                    "budget",
                    "Public finance specialist",
                    "governance",
                    Set.of("public finance"),
                    Set.of("CI")),
            relevant("Fin 2", "budget", "Budgeting adviser to ministries", "governance", Set.of("budgeting"), Set.of()),
            relevant(
                    "Fin 3",
                    "budget",
                    "Programme budgeting reform expert",
                    "governance",
                    Set.of("budgeting", "public finance"),
                    Set.of("CI")),
            relevant(
                    "Fin 4",
                    "budget",
                    "Treasury and public finance management",
                    "governance",
                    Set.of("public finance", "treasury"),
                    Set.of()),
            relevant(
                    "Fin 5",
                    "budget",
                    "Performance budgeting consultant",
                    "governance",
                    Set.of("budgeting", "audit"),
                    Set.of("SN")),
            // incubator
            relevant(
                    "Ent 1",
                    "incubator",
                    "Business incubation manager",
                    "entrepreneurship",
                    Set.of("business incubation"),
                    Set.of("GN")),
            relevant(
                    "Ent 2",
                    "incubator",
                    "Venture capital investor",
                    "entrepreneurship",
                    Set.of("venture capital"),
                    Set.of()),
            relevant(
                    "Ent 3",
                    "incubator",
                    "Start-up coach and incubator founder",
                    "entrepreneurship",
                    Set.of("business incubation", "coaching"),
                    Set.of("GN")),
            relevant(
                    "Ent 4",
                    "incubator",
                    "Early-stage venture capital",
                    "entrepreneurship",
                    Set.of("venture capital", "due diligence"),
                    Set.of()),
            relevant(
                    "Ent 5",
                    "incubator",
                    "Accelerator programme director",
                    "entrepreneurship",
                    Set.of("business incubation", "mentoring"),
                    Set.of("ML")),
            // epidemiology: a French mission, English profiles
            relevant(
                    "Epi 1",
                    "epidemio",
                    "Epidemiologist, cholera outbreaks",
                    "health",
                    Set.of("epidemiology", "vaccinations"),
                    Set.of("HT")),
            relevant(
                    "Epi 2",
                    "epidemio",
                    "Disease surveillance officer",
                    "health",
                    Set.of("surveillance", "outbreak response"),
                    Set.of()),
            relevant(
                    "Epi 3",
                    "epidemio",
                    "Field epidemiology trainer",
                    "health",
                    Set.of("field epidemiology"),
                    Set.of("HT")),
            relevant(
                    "Epi 4",
                    "epidemio",
                    "Public health surveillance systems",
                    "health",
                    Set.of("surveillance", "public health"),
                    Set.of()),
            relevant(
                    "Epi 5",
                    "epidemio",
                    "Infectious disease epidemiology",
                    "health",
                    Set.of("epidemiology", "biostatistics"),
                    Set.of("HT")),
            // archives
            relevant(
                    "Arch 1",
                    "archives",
                    "Archivist, judicial records",
                    "justice",
                    Set.of("archival science"),
                    Set.of("MG")),
            relevant(
                    "Arch 2",
                    "archives",
                    "Records management consultant",
                    "justice",
                    Set.of("records management"),
                    Set.of()),
            relevant(
                    "Arch 3",
                    "archives",
                    "Digitisation of court archives",
                    "justice",
                    Set.of("archival science", "digitisation"),
                    Set.of("MG")),
            relevant(
                    "Arch 4",
                    "archives",
                    "Court administrator, records management",
                    "justice",
                    Set.of("records management", "court administration"),
                    Set.of()),
            relevant(
                    "Arch 5",
                    "archives",
                    "Digital preservation and archival science",
                    "justice",
                    Set.of("archival science", "digital preservation"),
                    Set.of()),
            // traps
            new JudgedExpert(
                    "Late water engineer",
                    null,
                    "Water treatment and chlorination engineer",
                    "water",
                    Set.of("water treatment", "chlorination"),
                    "",
                    Set.of("SN"),
                    BILINGUAL,
                    LATER,
                    false),
            new JudgedExpert(
                    "English-only neonatologist",
                    null,
                    "Neonatologist and midwifery trainer",
                    "health",
                    Set.of("neonatology", "midwifery"),
                    "",
                    Set.of("ML"),
                    ENGLISH_ONLY,
                    SPRING,
                    false),
            new JudgedExpert(
                    "Hidden neonatologist",
                    null,
                    "Neonatologist and midwifery trainer",
                    "health",
                    Set.of("neonatology", "midwifery"),
                    "",
                    Set.of("ML"),
                    BILINGUAL,
                    SPRING,
                    true),
            new JudgedExpert(
                    "Dermatologist",
                    null,
                    "Dermatologist",
                    "health",
                    Set.of("dermatology"),
                    "",
                    Set.of("ML"),
                    BILINGUAL,
                    SPRING,
                    false),
            new JudgedExpert(
                    "Psychiatrist",
                    null,
                    "Psychiatrist",
                    "health",
                    Set.of("psychiatry"),
                    "",
                    Set.of("HT"),
                    BILINGUAL,
                    SPRING,
                    false),
            new JudgedExpert(
                    "Civil engineer",
                    null,
                    "Road construction engineer",
                    "infrastructure",
                    Set.of("road construction"),
                    "",
                    Set.of("SN"),
                    BILINGUAL,
                    SPRING,
                    false));

    private static JudgedMission mission(
            String key,
            String title,
            String summary,
            String sector,
            Set<String> skills,
            String country,
            WorkMode mode,
            List<LanguageSkill> languages) {
        return new JudgedMission(key, title, summary, sector, skills, country, mode, languages);
    }

    private static JudgedExpert relevant(
            String name, String mission, String headline, String sector, Set<String> skills, Set<String> heritage) {
        return new JudgedExpert(name, mission, headline, sector, skills, "", heritage, BILINGUAL, SPRING, false);
    }

    private JudgedMatchingSet() {}
}
