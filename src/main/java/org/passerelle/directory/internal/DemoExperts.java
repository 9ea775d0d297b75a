package org.passerelle.directory.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.accounts.Role;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo expert profiles (default profile, empty directory only): the demo accounts' profiles and 60 generated experts
 * across heritage countries, residences, sectors and both languages. Deterministic (fixed seed).
 */
@Component
@Profile("default")
class DemoExperts {

    private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);
    static final int GENERATED = 60;

    private record Origin(String country, String language, List<String> firstNames, List<String> lastNames) {}

    private record SectorSample(String code, List<String> headlines, List<String> skills) {}

    private static final List<Origin> ORIGINS = List.of(
            new Origin(
                    "ML",
                    "bm",
                    List.of("Aminata", "Moussa", "Fatoumata", "Seydou", "Kadiatou"),
                    List.of("Traoré", "Keïta", "Coulibaly", "Konaté", "Diarra")),
            new Origin(
                    "SN",
                    "wo",
                    List.of("Ndèye", "Cheikh", "Awa", "Ibrahima", "Ramatoulaye"),
                    List.of("Ndiaye", "Diop", "Fall", "Sow", "Mbaye")),
            new Origin(
                    "CI",
                    "fr",
                    List.of("Koffi", "Adjoua", "Yao", "Aya", "Konan"),
                    List.of("Kouassi", "Kouamé", "Yao", "N’Guessan", "Koné")),
            new Origin(
                    "BF",
                    "fr",
                    List.of("Salif", "Rasmata", "Issouf", "Mariam"),
                    List.of("Ouédraogo", "Sawadogo", "Compaoré", "Zongo")),
            new Origin(
                    "CM",
                    "fr",
                    List.of("Emmanuel", "Chantal", "Patrice", "Grâce"),
                    List.of("Essomba", "Mbarga", "Ngono", "Fotso")),
            new Origin(
                    "CD",
                    "ln",
                    List.of("Jean-Pierre", "Solange", "Trésor", "Béatrice"),
                    List.of("Mbuyi", "Tshibanda", "Ngoma", "Kalonji")),
            new Origin(
                    "MA",
                    "ar",
                    List.of("Youssef", "Nadia", "Mehdi", "Imane"),
                    List.of("El Idrissi", "Benali", "Alaoui", "Tazi")),
            new Origin(
                    "DZ",
                    "ar",
                    List.of("Karim", "Leïla", "Hakim", "Samira"),
                    List.of("Haddad", "Bouzid", "Mansouri", "Belkacem")),
            new Origin(
                    "TN",
                    "ar",
                    List.of("Sami", "Ines", "Anis", "Rim"),
                    List.of("Trabelsi", "Ben Salah", "Gharbi", "Jebali")),
            new Origin(
                    "HT",
                    "ht",
                    List.of("Jean-Robert", "Marie-Claude", "Wilner", "Nadège", "Frantz"),
                    List.of("Pierre-Louis", "Joseph", "Desrosiers", "Augustin", "Célestin")),
            new Origin(
                    "ET",
                    "am",
                    List.of("Abebe", "Hirut", "Tesfaye", "Meron"),
                    List.of("Bekele", "Tadesse", "Girma", "Haile")),
            new Origin(
                    "RW",
                    "rw",
                    List.of("Jean-Claude", "Aline", "Eric", "Diane"),
                    List.of("Uwimana", "Habimana", "Mukamana", "Niyonzima")),
            new Origin(
                    "MG",
                    "mg",
                    List.of("Hery", "Voahangy", "Tiana", "Faly"),
                    List.of("Rakoto", "Andrianina", "Rasoanaivo", "Randriamampionona")),
            new Origin(
                    "KM",
                    "ar",
                    List.of("Said", "Zaharia", "Ahmed", "Faïza"),
                    List.of("Mze", "Soilihi", "Abdallah", "Mohamed")));

    private static final List<String[]> RESIDENCES = List.of(
            new String[] {"FR", "Paris"},
            new String[] {"FR", "Lyon"},
            new String[] {"FR", "Marseille"},
            new String[] {"FR", "Toulouse"},
            new String[] {"FR", "Lille"},
            new String[] {"BE", "Bruxelles"},
            new String[] {"BE", "Liège"},
            new String[] {"CA", "Montréal"},
            new String[] {"CA", "Ottawa"},
            new String[] {"US", "Washington"},
            new String[] {"US", "Boston"},
            new String[] {"DE", "Berlin"},
            new String[] {"GB", "London"},
            new String[] {"CH", "Genève"},
            new String[] {"IT", "Milano"},
            new String[] {"ES", "Madrid"});

    private static final List<SectorSample> SECTORS = List.of(
            new SectorSample(
                    "health",
                    List.of(
                            "Paediatric surgeon",
                            "Gynécologue-obstétricienne",
                            "Public health epidemiologist",
                            "Médecin anesthésiste-réanimateur",
                            "Hospital pharmacist"),
                    List.of(
                            "surgery",
                            "paediatrics",
                            "obstétrique",
                            "formation de sages-femmes",
                            "epidemiology",
                            "santé publique",
                            "anaesthesia",
                            "hospital management",
                            "telemedicine")),
            new SectorSample(
                    "education",
                    List.of(
                            "Teacher trainer in mathematics",
                            "Professeure de physique, formation des enseignants",
                            "University curriculum designer",
                            "Spécialiste de l’éducation inclusive"),
                    List.of(
                            "teacher training",
                            "curriculum design",
                            "formation des enseignants",
                            "e-learning",
                            "pédagogie",
                            "éducation inclusive",
                            "STEM")),
            new SectorSample(
                    "agriculture",
                    List.of("Agronomist, irrigated rice", "Ingénieur agronome, semences", "Food security analyst"),
                    List.of(
                            "agronomy",
                            "irrigation",
                            "semences",
                            "sécurité alimentaire",
                            "value chains",
                            "agroforesterie",
                            "soil science")),
            new SectorSample(
                    "water",
                    List.of("Hydraulic engineer", "Ingénieure en assainissement", "Water resources planner"),
                    List.of(
                            "boreholes",
                            "forages",
                            "sanitation",
                            "assainissement",
                            "water treatment",
                            "hydrology",
                            "solar pumps")),
            new SectorSample(
                    "energy",
                    List.of("Solar energy engineer", "Ingénieur en réseaux électriques", "Energy policy adviser"),
                    List.of(
                            "solar PV",
                            "mini-grids",
                            "réseaux électriques",
                            "energy efficiency",
                            "énergies renouvelables")),
            new SectorSample(
                    "ict",
                    List.of(
                            "Software architect",
                            "Ingénieure en télécommunications",
                            "Cybersecurity specialist",
                            "Data scientist"),
                    List.of(
                            "software architecture",
                            "cloud",
                            "télécommunications",
                            "cybersecurity",
                            "data science",
                            "e-government",
                            "mobile money")),
            new SectorSample(
                    "entrepreneurship",
                    List.of(
                            "Start-up mentor and angel investor",
                            "Expert-comptable, accompagnement des PME",
                            "Microfinance specialist"),
                    List.of("business plans", "levée de fonds", "microfinance", "comptabilité", "mentoring", "export")),
            new SectorSample(
                    "governance",
                    List.of("Public finance specialist", "Juriste en droit administratif", "Decentralisation adviser"),
                    List.of("public finance", "budget", "décentralisation", "procurement", "administration publique")),
            new SectorSample(
                    "justice",
                    List.of("Judge, commercial law", "Avocate en droit des affaires"),
                    List.of("commercial law", "droit OHADA", "arbitration", "médiation", "legal drafting")),
            new SectorSample(
                    "infrastructure",
                    List.of("Civil engineer, roads and bridges", "Urbaniste"),
                    List.of("civil engineering", "génie civil", "urban planning", "urbanisme", "project management")),
            new SectorSample(
                    "environment",
                    List.of("Climate adaptation specialist", "Ingénieure forestière"),
                    List.of(
                            "climate adaptation",
                            "adaptation au changement climatique",
                            "reforestation",
                            "gestion des déchets",
                            "environmental impact assessment")),
            new SectorSample(
                    "culture",
                    List.of("Heritage conservator", "Ethnomusicologue"),
                    List.of("conservation", "patrimoine", "museum management", "archives", "musique mandingue")));

    private static final Map<String, String> DEMO_PROFILES = Map.of(
            "expert@passerelle.demo", "health",
            "engineer@passerelle.demo", "ict",
            "moderator@passerelle.demo", "education");

    private final ExpertProfileRepository profiles;
    private final AccountSeeder accounts;
    private final Clock clock;

    DemoExperts(ExpertProfileRepository profiles, AccountSeeder accounts, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void createIfEmpty() {
        if (profiles.count() > 0) {
            return;
        }
        var random = new Random(42);
        var hash = accounts.hash("demo-passerelle-2026");
        DEMO_PROFILES.forEach((email, sector) -> accounts.idOf(email).ifPresent(id -> {
            var origin =
                    email.startsWith("engineer") ? ORIGINS.get(2) : ORIGINS.get(email.startsWith("expert") ? 0 : 1);
            save(id, nameOf(email), origin, sector(sector), random, Visibility.PUBLIC);
        }));
        for (int i = 0; i < GENERATED; i++) {
            var origin = ORIGINS.get(i % ORIGINS.size());
            var name = pick(origin.firstNames(), random) + " " + pick(origin.lastNames(), random);
            var french = random.nextInt(3) > 0;
            var email = ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + i + "@experts.demo";
            var id = accounts.create(
                    email, name, french ? Locale.FRENCH : Locale.ENGLISH, Set.of(Role.EXPERT), hash, true);
            var identity = random.nextInt(4) == 0 ? Visibility.PUBLIC : Visibility.MEMBERS;
            save(id, name, origin, SECTORS.get(random.nextInt(SECTORS.size())), random, identity);
        }
        log.info("Demo directory: {} expert profiles created", profiles.count());
    }

    private void save(
            long userId, String name, Origin origin, SectorSample sector, Random random, Visibility identity) {
        var now = clock.instant();
        var profile = new ExpertProfile(userId, name, now);
        var french = origin.language().equals("fr") || random.nextBoolean();
        var form = new ProfileForm();
        form.setDisplayName(name);
        form.setHeadline(pick(sector.headlines(), random));
        form.setHeritageCountries(new LinkedHashSet<>(List.of(origin.country())));
        var residence = RESIDENCES.get(random.nextInt(RESIDENCES.size()));
        form.setResidenceCountry(residence[0]);
        form.setResidenceCity(residence[1]);
        var sectors = new LinkedHashSet<String>(List.of(sector.code()));
        if (random.nextInt(3) == 0) {
            sectors.add(SECTORS.get(random.nextInt(SECTORS.size())).code());
        }
        form.setSectors(sectors);
        var skills = new LinkedHashSet<String>();
        while (skills.size() < 3 + random.nextInt(3)) {
            skills.add(pick(sector.skills(), random));
        }
        form.setSkills(skills);
        form.setLanguages(languages(origin, french, random));
        form.setAvailability(availability(random));
        form.setWeeksPerYear(random.nextInt(4) == 0 ? null : 2 + random.nextInt(10));
        form.setBio(bio(name, form.getHeadline(), origin, residence[1], french, random));
        form.setGender(
                List.of("femme", "homme", "woman", "man", "", "non-binary").get(random.nextInt(6)));
        form.setQualifications(List.of(new org.passerelle.directory.Qualification(
                null,
                org.passerelle.directory.Qualification.Kind.DEGREE,
                french
                        ? "Master en " + sector.skills().getFirst()
                        : "MSc in " + sector.skills().getFirst(),
                french ? "Université Cheikh Anta Diop" : "University of Montreal",
                1995 + random.nextInt(25),
                false)));
        form.setExperience(List.of(new org.passerelle.directory.Experience(
                form.getHeadline(),
                french ? "Centre hospitalier régional de " + residence[1] : "Regional office, " + residence[1],
                residence[0],
                2005 + random.nextInt(10),
                null,
                "")));
        form.setLinks(List.of(new org.passerelle.directory.ProfileLink(
                org.passerelle.directory.ProfileLink.Kind.PUBLICATION,
                (french ? "Retour d’expérience : " : "Lessons learned: ")
                        + sector.skills().getFirst(),
                "https://example.org/publications/" + userId)));
        form.getVisibility().put(ProfileSection.IDENTITY, identity);
        form.getVisibility().put(ProfileSection.ORIGINS, random.nextInt(5) == 0 ? Visibility.ONLY_ME : identity);
        if (random.nextInt(4) == 0) {
            form.getVisibility().put(ProfileSection.AVAILABILITY, Visibility.VERIFIED_INSTITUTIONS);
        }
        profile.update(form, now);
        profiles.save(profile);
        if (random.nextInt(3) == 0) {
            accounts.idOf("admin@passerelle.demo")
                    .ifPresent(admin -> profile.getQualifications().getFirst().verify(admin, now));
        }
    }

    private static List<LanguageSkill> languages(Origin origin, boolean french, Random random) {
        var result = new ArrayList<LanguageSkill>();
        result.add(new LanguageSkill(french ? "fr" : "en", ProficiencyLevel.NATIVE));
        result.add(new LanguageSkill(
                french ? "en" : "fr", random.nextBoolean() ? ProficiencyLevel.B2 : ProficiencyLevel.C1));
        if (!origin.language().equals("fr") && !origin.language().equals("en")) {
            result.add(new LanguageSkill(
                    origin.language(), random.nextBoolean() ? ProficiencyLevel.NATIVE : ProficiencyLevel.B1));
        }
        return result;
    }

    private List<AvailabilityWindow> availability(Random random) {
        var result = new ArrayList<AvailabilityWindow>();
        var today = LocalDate.now(clock);
        for (int i = random.nextInt(3); i > 0; i--) {
            var start = today.plusWeeks(2 + random.nextInt(40));
            var remote = random.nextBoolean();
            result.add(new AvailabilityWindow(
                    start, start.plusWeeks(2 + random.nextInt(7)), remote, !remote || random.nextBoolean()));
        }
        return result;
    }

    private static String bio(String name, String headline, Origin origin, String city, boolean french, Random random) {
        var years = 5 + random.nextInt(25);
        var country = Locale.of("", origin.country()).getDisplayCountry(french ? Locale.FRENCH : Locale.ENGLISH);
        return french
                ? "**" + headline + "**, installé·e à " + city + ", avec " + years
                        + " ans d’expérience.\n\nOriginaire de " + country
                        + ", je souhaite transmettre mon savoir-faire aux équipes locales : formation, "
                        + "accompagnement sur le terrain et suivi à distance après la mission."
                : "**" + headline + "** based in " + city + ", with " + years + " years of experience.\n\n"
                        + "With family roots in " + country + ", I want to train local teams on site and keep "
                        + "supporting them remotely after the mission.";
    }

    private static SectorSample sector(String code) {
        return SECTORS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static String nameOf(String email) {
        return switch (email) {
            case "expert@passerelle.demo" -> "Dr. Fatou Diallo";
            case "engineer@passerelle.demo" -> "Jean-Baptiste Koné";
            default -> "Moussa Modérateur";
        };
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
