package nl.inburgeringsregie.duo.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.Foutmelding;

/**
 * What the simulated DUO knows, in memory: per BSN the obligation, doelgroep, term, PIP, results and
 * hours; and a journal of every request it received. DUO's own rules that the simulator applies are
 * few and marked as such (a refusal shows how the application handles one).
 */
@Component
@Profile("duo-simulator")
public class SimulatedDuo {

    /** The Vrijstelling API's item for a temporary exemption. */
    private static final String TEMPORARY = "TijdelijkeVrijstelling";


    /** One person in DUO's administration. */
    public static final class Person {
        public boolean plichtig = true;
        public LocalDate plichtBegin;
        public LocalDate plichtEinde;
        public String redenGeenPlicht;
        public String doelgroep = "Gezinsmigrant en overige migrant";
        /** DUO's gedetailleerdeDoelgroep (e.g. "Gezinsvormer"), when set. */
        public String gedetailleerdeDoelgroep;
        /** The begindatum of the current doelgroep, when set. */
        public LocalDate doelgroepBegin;
        public LocalDate termijnStart;
        public LocalDate termijnEinde;
        public String verlengingsgrond;
        public String pipGemeente;
        public JsonNode pip;
        /**
         * The day DUO received the first PIP and its dagtekening: the simulator sets the term from it the next day (see
         * {@link SimulatedDuo#termSetAfterReceipt}); null once the term is set or the PIP removed.
         */
        public LocalDate eerstePipOntvangenOp;
        public LocalDate eerstePipDagtekening;
        public final Map<String, JsonNode> resultaten = new ConcurrentHashMap<>();
        public final List<Map<String, Object>> examens = Collections.synchronizedList(new ArrayList<>());
        public final List<Map<String, Object>> lbt = Collections.synchronizedList(new ArrayList<>());
        /**
         * DUO's decisions on vrijstelling, oldest first (Vrijstelling API items: GeheleVrijstelling,
         * GedeeltelijkeVrijstelling, TijdelijkeVrijstelling …).
         */
        public final List<Map<String, Object>> vrijstellingen = Collections.synchronizedList(new ArrayList<>());
        /** DUO's decisions on ontheffing (Ontheffing API items: GeheleOntheffing, GedeeltelijkeOntheffing). */
        public final List<Map<String, Object>> ontheffingen = Collections.synchronizedList(new ArrayList<>());
        /** The exam number of the leerbaarheidstoets while the person is registered for it. */
        public String examennummer;
        /** The hours per gemeente (DUO's four digits) as that gemeente reported them (GevolgdeUren API). */
        public final Map<String, Uren> uren = new ConcurrentHashMap<>();
    }

    /** One gemeente's totals at DUO: taalles and KNM, participation, known until (exclusive). */
    public static final class Uren {
        public Integer taalles;
        public Integer participatie;
        /** The brede intake's language and KNM hours (TaallesEnKnmBredeIntake). */
        public Integer taalBredeIntake;
        public LocalDate bekendTot;
    }

    /** A request as the simulator received it, with the findings of the check against DUO's files. */
    public record Received(OffsetDateTime at, DuoOperation operation, String path, String bron, String berichtId,
            String body, int status, List<String> findings) {
    }

    /** An answer: status and JSON body (or null). */
    record Answer(int status, String body) {
    }

    private final Map<String, Person> persons = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger examNumbers = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Received> journal = Collections.synchronizedList(new ArrayList<>());
    private final ObjectMapper json;
    private final Clock clock;

    SimulatedDuo(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The person with this BSN; DUO's simulator knows every BSN it is asked about. */
    public Person person(String bsn) {
        return persons.computeIfAbsent(bsn, key -> new Person());
    }

    public List<Received> journal() {
        synchronized (journal) {
            return List.copyOf(journal);
        }
    }

    void record(Received received) {
        journal.add(received);
    }

    Answer handle(DuoOperation operation, Map<String, String> pathValues, String bronGemeente, String body) {
        Person person = pathValues.containsKey("bsn") ? person(pathValues.get("bsn")) : null;
        if (person != null) {
            termSetAfterReceipt(person);
        }
        JsonNode request = parse(body);
        return switch (operation) {
            case PIP_REGISTREREN -> registerPip(person, bronGemeente, request);
            case LBT_EXAMENNUMMER_OPVRAGEN -> ok(Map.of("examennummer", examNumberOf(person)));
            case LBT_EXAMENNUMMER_INTREKKEN -> withdrawExamNumber(person);
            case MAP_REGISTREREN, PVT_REGISTREREN, ZROUTE_REGISTREREN -> registerResult(person, operation, request);
            case UREN_TAAL_REGISTREREN, UREN_PARTICIPATIE_REGISTREREN -> registerHours(person, operation, bronGemeente,
                    request);
            case MAP_OPVRAGEN -> result(person, DuoOperation.MAP_REGISTREREN, "datumEindgesprekMap");
            case PVT_OPVRAGEN -> result(person, DuoOperation.PVT_REGISTREREN, "datumOndertekeningPvt");
            case UREN_OPVRAGEN, UREN_BREDE_INTAKE_REGISTREREN -> SimulatedUren.answer(operation, person, bronGemeente, request, json, clock);
            case INBURGERINGSAANBOD_REGISTREREN, INBURGERINGSAANBOD_VERWIJDEREN -> SimulatedAanbod.handle(this, person,
                    operation, pathValues.get("instellingsnummer"), request);
            case INBURGERINGSPLICHT_OPVRAGEN -> {
                var answer = new LinkedHashMap<String, Object>();
                answer.put("indicatorInburgeringsplicht", person.plichtig);
                putDate(answer, "begindatum", person.plichtBegin);
                putDate(answer, "einddatum", person.plichtEinde);
                if (person.redenGeenPlicht != null) {
                    answer.put("redenGeenInburgeringsplicht", person.redenGeenPlicht);
                }
                yield ok(answer);
            }
            case DOELGROEP_OPVRAGEN -> {
                var answer = new LinkedHashMap<String, Object>();
                answer.put("indeling", person.doelgroep);
                putDate(answer, "begindatum", person.doelgroepBegin);
                if (person.gedetailleerdeDoelgroep != null) {
                    answer.put("gedetailleerdeDoelgroep", person.gedetailleerdeDoelgroep);
                }
                yield ok(answer);
            }
            case TERMIJN_OPVRAGEN -> {
                if (person.termijnStart == null) {
                    yield notFound();
                }
                var answer = new LinkedHashMap<String, Object>();
                answer.put("startdatum", person.termijnStart.toString());
                // the simulator keeps the term's last day; DUO's einddatum is exclusive (Inburgeringstermijn API)
                answer.put("einddatum", person.termijnEinde.plusDays(1).toString());
                if (person.verlengingsgrond != null) {
                    answer.put("verlengingsgrondomschrijving", person.verlengingsgrond);
                }
                yield ok(answer);
            }
            case EXAMENRESULTATEN_OPVRAGEN -> ok(person.examens);
            case LBT_RESULTATEN_OPVRAGEN -> ok(person.lbt);
            case PIP_OPVRAGEN -> person.pip == null ? notFound()
                    : ok(Map.of("gemeentecode", person.pipGemeente, "pip", person.pip));
            case VRIJSTELLINGEN_OPVRAGEN -> person.vrijstellingen.isEmpty() ? notFound()
                    : ok(person.vrijstellingen);
            case ONTHEFFINGEN_OPVRAGEN -> ok(person.ontheffingen);
            // issue 20, step 0: known operations the simulator does not answer yet (each work package adds its own)
            case INSTELLINGEN_OPVRAGEN -> ok(SimulatedInstellingen.current());
            case PIP_VERWIJDEREN -> SimulatedPipVerwijderen.handle(this, person, bronGemeente);
            case VERLENGINGSGRONDEN_OPVRAGEN -> notSimulated(operation);
            case CONTACTPERSOON_REGISTREREN, CONTACTPERSOON_WIJZIGEN, CONTACTPERSOON_VERWIJDEREN, CONTACTPERSOON_KOPPELEN,
                    CONTACTPERSOON_ONTKOPPELEN -> SimulatedContactpersonen.handle(this, operation, pathValues, bronGemeente,
                            request);
            // the reads of the case page (issue 20, point 5)
            case INBURGERINGSPLICHT_HISTORIE_OPVRAGEN -> ok(SimulatedDuoHistory.plichtHistorie(person));
            case DOELGROEP_HISTORIE_OPVRAGEN -> ok(SimulatedDuoHistory.doelgroepHistorie(person));
            case TERMIJN_HISTORIE_OPVRAGEN -> {
                var history = SimulatedDuoHistory.termijnHistorie(person);
                yield history == null ? notFound() : ok(history);
            }
            case GRATISPOGINGEN_OPVRAGEN -> ok(SimulatedDuoHistory.gratisPogingen(person));
        };
    }

    /**
     * DUO grants a temporary exemption (SS109) from {@code start} (until {@code end}, inclusive, or open): reason INS,
     * "Tijdelijke vrijstelling op verzoek door bewijs van inschrijving" (Vrijstelling API).
     */
    public void grantTemporaryExemption(Person person, LocalDate start, LocalDate end) {
        var exemption = new LinkedHashMap<String, Object>();
        exemption.put("oordeel", "Toekenning");
        exemption.put("reden", "INS");
        exemption.put("datumOordeel", LocalDate.now(clock).toString());
        exemption.put("startdatum", start.toString());
        if (end != null) {
            exemption.put("einddatum", end.toString());
        }
        person.vrijstellingen.add(Map.of(TEMPORARY, exemption));
    }

    /**
     * DUO withdraws the latest temporary exemption (SS130, SS129): its last day is {@code lastDay}. The simulator's own
     * assumption (DUO's rule is not in the specification): the term, if any, is extended by the days of the exemption.
     */
    public void withdrawTemporaryExemption(Person person, LocalDate lastDay) {
        synchronized (person.vrijstellingen) {
            @SuppressWarnings("unchecked")
            var temporary = person.vrijstellingen.stream().filter(item -> item.containsKey(TEMPORARY))
                    .map(item -> (Map<String, Object>) item.get(TEMPORARY)).reduce((first, second) -> second);
            if (temporary.isEmpty()) {
                return;
            }
            var latest = temporary.get();
            latest.put("einddatum", lastDay.toString());
            LocalDate start = LocalDate.parse((String) latest.get("startdatum"));
            if (person.termijnEinde != null && !lastDay.isBefore(start)) {
                person.termijnEinde = person.termijnEinde.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, lastDay) + 1);
            }
        }
    }

    /**
     * DUO's exam number for the person: at most 12 characters (schema Examennummer), the same while the
     * registration lasts. "LBT-" and eight digits: it never holds a BSN (nine digits), as it is shown in forms.
     */
    private synchronized String examNumberOf(Person person) {
        if (person.examennummer == null) {
            person.examennummer = String.format("LBT-%08d", examNumbers.incrementAndGet());
        }
        return person.examennummer;
    }

    /** The test is skipped: the registration is withdrawn (DELETE examennummer); 404 when there is none. */
    private synchronized Answer withdrawExamNumber(Person person) {
        if (person.examennummer == null) {
            return notFound();
        }
        person.examennummer = null;
        return new Answer(200, null);
    }

    /** DUO's rule (README): the dagtekening may not lie before the start of the obligation. */
    private Answer registerPip(Person person, String bronGemeente, JsonNode pip) {
        LocalDate dagtekening = LocalDate.parse(pip.get("dagtekeningPip").asText());
        if (person.plichtBegin != null && dagtekening.isBefore(person.plichtBegin)) {
            return refuse("De datum dagtekening mag niet voor de start van de inburgeringsplicht liggen.");
        }
        person.pip = pip;
        person.pipGemeente = bronGemeente;
        if (person.termijnStart == null && person.eerstePipOntvangenOp == null) {
            person.eerstePipOntvangenOp = LocalDate.now(clock);
            person.eerstePipDagtekening = dagtekening;
        }
        return new Answer(201, null);
    }

    /**
     * DUO sets the inburgeringstermijn from the first PIP (Wet inburgering 2021 art. 11: from the day after its
     * dagtekening; DOMAIN.md: "DUO registers it (event SS102)"). The simulator's choice, as the specification does not
     * say when DUO does so: on the day after the PIP arrived, so that a PIP can be removed on the day it was delivered
     * (README, "Het verwijderen van een PIP": only while "De inburgeringstermijn is nog niet is vastgesteld").
     */
    public void termSetAfterReceipt(Person person) {
        synchronized (person) {
            if (person.termijnStart == null && person.eerstePipOntvangenOp != null
                    && LocalDate.now(clock).isAfter(person.eerstePipOntvangenOp)) {
                person.termijnStart = person.eerstePipDagtekening.plusDays(1);
                person.termijnEinde = person.termijnStart.plusYears(3).minusDays(1);
                person.eerstePipOntvangenOp = null;
            }
        }
    }

    /** DUO's rule (README): the date of MAP, PVT or Z-route may not lie in the future. */
    private Answer registerResult(Person person, DuoOperation operation, JsonNode result) {
        var dates = result.properties().stream().filter(field -> field.getKey().startsWith("datum")).toList();
        for (var field : dates) {
            if (LocalDate.parse(field.getValue().asText()).isAfter(LocalDate.now(clock))) {
                return refuse("De " + field.getKey() + " mag niet in de toekomst liggen.");
            }
        }
        person.resultaten.put(operation.name(), result);
        return new Answer(200, null);
    }

    /** The date a gemeente registered (PUT map or pvt), as DUO's GET answers it (DatumMap, DatumPvt); 404 without. */
    private Answer result(Person person, DuoOperation registered, String dateField) {
        JsonNode result = person.resultaten.get(registered.name());
        if (result == null || !result.hasNonNull(dateField)) {
            return notFound();
        }
        return ok(Map.of(dateField, result.get(dateField).asText()));
    }

    /** A gemeente's new total (PUT uren): kept per gemeente, known until today (bekendTot is exclusive). */
    private Answer registerHours(Person person, DuoOperation operation, String bronGemeente, JsonNode request) {
        person.resultaten.put(operation.name(), request);
        Uren uren = person.uren.computeIfAbsent(bronGemeente, key -> new Uren());
        int total = request.get("uren").asInt();
        if (operation == DuoOperation.UREN_TAAL_REGISTREREN) {
            uren.taalles = total;
        } else {
            uren.participatie = total;
        }
        uren.bekendTot = LocalDate.now(clock).plusDays(1);
        return new Answer(200, null);
    }

    private Answer ok(Object body) {
        return new Answer(200, write(body));
    }

    /**
     * DUO knows nothing of it: HTTP 404 without a body, as every one of DUO's files gives it ("Niet gevonden", no
     * content); the simulator's answers are checked against them ({@code DuoSimulatorController}).
     */
    private static Answer notFound() {
        return new Answer(404, null);
    }

    /**
     * DUO refuses: HTTP 403 with an array of Foutmelding. PIP CHANGELOG 1.2.0: "Foutmeldingen worden nu teruggeven als
     * een HTTP403"; Inburgeringsaanbod CHANGELOG 1.1.0: "Foutmeldingen worden nu alleen teruggeven als een HTTP403"; the
     * openapi.yml of PIP (POST, DELETE), Inburgeringsaanbod (POST, DELETE), Contactpersoon (POST, PUT) and
     * MAP-PVT-Zroute (PUT) give 403 as {@code type: array, items: Foutmelding}. The simulator refuses only in those.
     */
    private Answer refuse(String fouttekst) {
        return new Answer(REFUSED, write(List.of(Foutmelding.of(fouttekst))));
    }

    /** The status of DUO's refusal (see {@link #refuse}). */
    static final int REFUSED = 403;

    /** The status of an operation the simulator knows but does not answer yet; no DUO answer, so never checked. */
    static final int NOT_SIMULATED = 501;

    private Answer notSimulated(DuoOperation operation) {
        return new Answer(NOT_SIMULATED, write(Foutmelding.of("De simulator beantwoordt '" + operation.label()
                + "' nog niet.")));
    }

    private static void putDate(Map<String, Object> answer, String field, LocalDate date) {
        if (date != null) {
            answer.put(field, date.toString());
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Body passed the specification check but is no JSON", e);
        }
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
