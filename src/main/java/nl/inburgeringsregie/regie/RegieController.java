package nl.inburgeringsregie.regie;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import nl.inburgeringsregie.afronding.Outflow;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.shared.validation.AsciiDigits;
import nl.inburgeringsregie.termijn.NormPauses;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.CaseReassignment;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * The JSON API behind {@code /regie}, only the gemeenten of the user: for coordinatoren the deadline list, the KPIs
 * per gemeente, CSV exports, handing cases to another consulent and pausing or extending clocks; for consulenten and
 * coordinatoren Mijn zaken, one case's page and the choices for the filters (SecurityConfiguration says who reaches
 * which).
 */
@RestController
@RequestMapping("/api/regie")
class RegieController {

    private final DeadlineOverview deadlines;
    private final KpiReport kpis;
    private final CaseTimeline timeline;
    private final JdbcClient jdbc;
    private final People people;
    private final CsvExport csv;
    private final CaseReassignment reassignment;
    private final NormPauses pauses;
    private final CaseFileService caseFile;
    private final Caseload caseload;
    private final ProcessingLog processing;

    RegieController(DeadlineOverview deadlines, KpiReport kpis, CaseTimeline timeline, JdbcClient jdbc, People people,
            CaseReassignment reassignment, Clock clock, NormPauses pauses, CaseFileService caseFile, Caseload caseload,
            ProcessingLog processing) {
        this.processing = processing;
        this.caseload = caseload;
        this.reassignment = reassignment;
        this.pauses = pauses;
        this.caseFile = caseFile;
        this.deadlines = deadlines;
        this.kpis = kpis;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.people = people;
        this.csv = new CsvExport(clock.getZone());
    }

    @GetMapping("/termijnen")
    DeadlineOverview.Lijst termijnen(@RequestParam Map<String, String> query, @AuthenticationPrincipal ApiUser user) {
        var list = deadlines.list(filter(query), user.gemeenten());
        processing.readCases(Processing.TERMIJNEN_INZIEN, user.id(),
                list.regels().stream().map(DeadlineOverview.Regel::zaaknummer).toList());
        return list;
    }

    /**
     * The filtered deadline list as CSV, streamed row by row as the database hands them over (issue 22, point 4); the
     * persons of the cases written are recorded as one export in the processing log while the rows go out, each with
     * the gemeente of the row, not looked up again; the answer ends when all are recorded (or the download broke off:
     * then the persons written so far).
     */
    @GetMapping("/termijnen.csv")
    ResponseEntity<StreamingResponseBody> termijnenCsv(@RequestParam Map<String, String> query,
            @AuthenticationPrincipal ApiUser user) {
        var filter = filter(query);
        return csv.attachment("termijnen.csv").body(out -> csv.write(out, DeadlineOverview.Regel.class, write -> {
            try (var persons = processing.readingPersons(Processing.TERMIJNEN_EXPORTEREN, user.id())) {
                deadlines.export(filter, user.gemeenten(), (row, person) -> {
                    write.accept(row);
                    persons.add(person, row.gemeente());
                });
            }
        }));
    }

    @GetMapping("/kpis")
    List<KpiReport.GemeenteKpis> kpis(@RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String van, @RequestParam(required = false) String tot,
            @AuthenticationPrincipal ApiUser user) {
        return kpis.report(user.gemeenten(), blankToNull(gemeente), date("van", van), date("tot", tot));
    }

    /**
     * One row per gemeente and KPI; after the columns it always had, what the numerator and denominator count
     * and the period the denominator covers (issue 18, error 11).
     */
    record KpiRegel(String gemeente, String gemeenteNaam, LocalDate van, LocalDate tot, String code,
            String omschrijving, long teller, long noemer, Double percentage, String norm, Boolean gehaald,
            String tellerOmschrijving, String noemerOmschrijving, LocalDate periodeVan, LocalDate periodeTot,
            String periodeOmschrijving) {
    }

    @GetMapping("/kpis.csv")
    ResponseEntity<byte[]> kpisCsv(@RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String van, @RequestParam(required = false) String tot,
            @AuthenticationPrincipal ApiUser user) {
        var rows = new ArrayList<KpiRegel>();
        for (var report : kpis(gemeente, van, tot, user)) {
            for (var kpi : report.kpis()) {
                rows.add(new KpiRegel(report.gemeente(), report.naam(), report.van(), report.tot(), kpi.code(),
                        kpi.omschrijving(), kpi.teller(), kpi.noemer(), kpi.percentage(), kpi.norm(), kpi.gehaald(),
                        kpi.tellerOmschrijving(), kpi.noemerOmschrijving(), kpi.periodeVan(), kpi.periodeTot(),
                        kpi.periodeOmschrijving()));
            }
        }
        return csv.download("kpis.csv", KpiRegel.class, rows);
    }

    /**
     * Mijn zaken (issue 19, point 1): a consulent's own open cases, the team's ({@code team=ja}) or one consulent's
     * ({@code consulent}), only of the user's gemeenten, filtered, sorted and paged like the deadline list.
     */
    @GetMapping("/mijn-zaken")
    Caseload.Lijst mijnZaken(@RequestParam Map<String, String> query, @AuthenticationPrincipal ApiUser user) {
        var list = caseload.of(CaseloadFilter.of(query), user);
        processing.readCases(Processing.MIJN_ZAKEN_INZIEN, user.id(),
                list.regels().stream().map(Caseload.Regel::zaaknummer).toList());
        return list;
    }

    /**
     * The case page, for the coordinatoren and consulenten of the case's gemeente (404 for any other case); each read
     * is a processing of the person (issue 21, point 3).
     */
    @GetMapping("/zaken/{zaaknummer}")
    CaseTimeline.Zaak zaak(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        var page = timeline.of(zaaknummer, user.gemeenten());
        processing.readCase(Processing.ZAAK_INZIEN, user.id(), zaaknummer);
        return page;
    }

    /*
     * Pause and extension of a local norm (issue 19, point 5), coordinatoren only (the security chain: 403 for others),
     * 404 outside their gemeenten, 400 with a Dutch message per field; each answers with the case as the page shows it.
     * The inburgeringstermijn is refused: only DUO extends it (SS103/SS104).
     */

    /** Pause the clock of the norm from {@code vanaf} (dd-mm-jjjj) for a reason ({@code soort}, {@code toelichting}). */
    @PostMapping("/zaken/{zaaknummer}/termijnen/{norm}/pauze")
    CaseTimeline.Zaak pauze(@PathVariable String zaaknummer, @PathVariable String norm,
            @RequestBody(required = false) Map<String, Object> body, @AuthenticationPrincipal ApiUser user) {
        return onVisibleCase(zaaknummer, user, () -> pauses.pause(zaaknummer, NormPauses.norm(norm),
                text(body, "vanaf"), text(body, "soort"), text(body, "toelichting"), user.id()));
    }

    /** End the pause of the norm on {@code per} (dd-mm-jjjj; today when empty): the clock runs again, moved. */
    @PostMapping("/zaken/{zaaknummer}/termijnen/{norm}/pauze/einde")
    CaseTimeline.Zaak pauzeEinde(@PathVariable String zaaknummer, @PathVariable String norm,
            @RequestBody(required = false) Map<String, Object> body, @AuthenticationPrincipal ApiUser user) {
        return onVisibleCase(zaaknummer, user,
                () -> pauses.resume(zaaknummer, NormPauses.norm(norm), text(body, "per"), user.id()));
    }

    /** Extend the norm's deadline by {@code dagen} for a reason; beyond the gemeente's maximum a second coordinator decides. */
    @PostMapping("/zaken/{zaaknummer}/termijnen/{norm}/verlenging")
    CaseTimeline.Zaak verlenging(@PathVariable String zaaknummer, @PathVariable String norm,
            @RequestBody(required = false) Map<String, Object> body, @AuthenticationPrincipal ApiUser user) {
        return onVisibleCase(zaaknummer, user, () -> pauses.extend(zaaknummer, NormPauses.norm(norm),
                text(body, "dagen"), text(body, "soort"), text(body, "toelichting"), user.id()));
    }

    /** A second coordinator approves the extension {@code id}. */
    @PostMapping("/zaken/{zaaknummer}/termijnen/{norm}/verlenging/{id}/goedkeuren")
    CaseTimeline.Zaak verlengingGoedkeuren(@PathVariable String zaaknummer, @PathVariable String norm,
            @PathVariable String id, @AuthenticationPrincipal ApiUser user) {
        return onVisibleCase(zaaknummer, user,
                () -> pauses.approve(zaaknummer, NormPauses.norm(norm), extensionId(id), user.id()));
    }

    /** A second coordinator refuses the extension {@code id}, with a reason ({@code toelichting}). */
    @PostMapping("/zaken/{zaaknummer}/termijnen/{norm}/verlenging/{id}/afwijzen")
    CaseTimeline.Zaak verlengingAfwijzen(@PathVariable String zaaknummer, @PathVariable String norm,
            @PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiUser user) {
        return onVisibleCase(zaaknummer, user, () -> pauses.refuse(zaaknummer, NormPauses.norm(norm), extensionId(id),
                text(body, "toelichting"), user.id()));
    }

    /**
     * The work on a case the coordinator may see (else the same 404 as a case that does not exist), recorded as a
     * processing of the person in the work's transaction (issue 21, point 3), answered with the case as the page shows
     * it.
     */
    private CaseTimeline.Zaak onVisibleCase(String zaaknummer, ApiUser user, Runnable work) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        processing.change(Processing.TERMIJN_WIJZIGEN, user.id(), List.of(zaaknummer), () -> {
            work.run();
            return null;
        });
        return timeline.of(zaaknummer, user.gemeenten());
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        return value == null ? null : String.valueOf(value);
    }

    private static long extensionId(String id) {
        Integer number = number("verlenging", id);
        if (number == null) {
            throw InvalidInputException.of("verlenging", "Kies een verlenging");
        }
        return number;
    }

    record Keuze(String code, String naam) {
    }

    /**
     * The filters' choices, each a code (what the filters take) with the words the page shows: gemeenten,
     * consulenten (user id and name; {@code consulenten} keeps the bare ids for older clients), norms,
     * doelgroepen, leerroutes and the outflow outcomes the KPI panel names; and the CSRF token the page's
     * logout form and its handovers ({@code POST}, in the header {@code csrfHeader}) send.
     */
    record Keuzes(List<Keuze> gemeenten, List<String> consulenten, List<Keuze> consulentKeuzes, List<Keuze> normen,
            List<Keuze> doelgroepen, List<Keuze> leerroutes, List<Keuze> uitstroom, List<Keuze> fasen,
            int binnenkortDagen, String csrfParameter, String csrfToken, String csrfHeader, Gebruiker gebruiker) {

        Keuzes(List<Keuze> gemeenten, List<Keuze> consulenten, int binnenkortDagen, CsrfToken csrf, Gebruiker gebruiker) {
            this(gemeenten, consulenten.stream().map(Keuze::code).toList(), consulenten,
                    Labels.choices(Norm.class, Norm::label), Labels.choices(Doelgroep.class, Doelgroep::label),
                    Labels.choices(Leerroute.class, Leerroute::label), Labels.choices(Outflow.class, Outflow::label),
                    Labels.choices(CasePhase.class, CasePhase::label).stream()
                            .filter(phase -> !phase.code().equals(CasePhase.CLOSED.name())).toList(),
                    binnenkortDagen, csrf.getParameterName(), csrf.getToken(), csrf.getHeaderName(), gebruiker);
        }
    }

    /**
     * Who is logged in, by name, and what the pages offer them: a coordinator hands cases over and pauses or extends
     * clocks, a consulent works their cases (the API refuses the rest with 403 whatever the page shows).
     */
    record Gebruiker(String id, String naam, boolean coordinator, boolean consulent) {

        static Gebruiker of(ApiUser user, People people) {
            return new Gebruiker(user.id(), people.names(List.of(user.id())).getOrDefault(user.id(), user.id()),
                    user.groups().contains(Groups.COORDINATOREN), user.groups().contains(Groups.CONSULENTEN));
        }
    }

    /** The gemeenten and consulenten the filters offer: only those of the user's gemeenten. */
    @GetMapping("/keuzes")
    Keuzes keuzes(@AuthenticationPrincipal ApiUser user, CsrfToken csrf) {
        if (user.gemeenten().isEmpty()) {
            return new Keuzes(List.of(), List.of(), deadlines.soonDays(), csrf, Gebruiker.of(user, people));
        }
        var gemeenten = jdbc.sql("SELECT code, name FROM gemeente WHERE code IN (:g) ORDER BY name")
                .param("g", user.gemeenten()).query((row, n) -> new Keuze(row.getString("code"), row.getString("name")))
                .list();
        var consulenten = jdbc.sql("""
                SELECT DISTINCT consulent FROM integration_case
                WHERE gemeente_code IN (:g) AND consulent IS NOT NULL AND closed_at IS NULL ORDER BY consulent""")
                .param("g", user.gemeenten()).query(String.class).list();
        var names = people.names(consulenten);
        var consulentKeuzes = consulenten.stream()
                .map(id -> new Keuze(id, names.getOrDefault(id, id)))
                .sorted(Comparator.comparing(Keuze::naam, Collator.getInstance(Locale.forLanguageTag("nl"))))
                .toList();
        return new Keuzes(gemeenten, consulentKeuzes, deadlines.soonDays(), csrf, Gebruiker.of(user, people));
    }

    /** A handover: the cases, the consulent who takes them (user id), and why (required, at most 500 characters). */
    record Overdracht(List<String> zaaknummers, String consulent, String reden) {
    }

    /**
     * Hands one case or many to another consulent of the same gemeente: the case's consulent and its open consulent
     * tasks, all or nothing, recorded on each case's timeline (issue 19, point 4; seed 003, question 12). 404 for a
     * case outside the coordinator's gemeenten, 400 per field for a consulent who does not serve a case's gemeente.
     */
    @PostMapping("/zaken/overdragen")
    CaseReassignment.Result overdragen(@RequestBody(required = false) Overdracht overdracht,
            @AuthenticationPrincipal ApiUser user) {
        var body = overdracht == null ? new Overdracht(null, null, null) : overdracht;
        return processing.change(Processing.ZAAK_OVERDRAGEN, user.id(),
                body.zaaknummers() == null ? List.of() : body.zaaknummers().stream().filter(n -> n != null).toList(),
                () -> reassignment.reassign(body.zaaknummers(), body.consulent(), body.reden(), user.id(),
                        user.gemeenten()));
    }

    /** The consulenten of one gemeente a coordinator may hand its cases to, by full name. */
    record GemeenteConsulenten(String gemeente, String gemeenteNaam, List<Keuze> consulenten) {
    }

    /** Per gemeente of the coordinator, the consulenten who serve it (group consulenten and member of the gemeente). */
    @GetMapping("/consulenten")
    List<GemeenteConsulenten> consulenten(@AuthenticationPrincipal ApiUser user) {
        if (user.gemeenten().isEmpty()) {
            return List.of();
        }
        var dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        return jdbc.sql("SELECT code, name FROM gemeente WHERE code IN (:g) ORDER BY name")
                .param("g", user.gemeenten()).query((row, n) -> new Keuze(row.getString("code"), row.getString("name")))
                .list().stream()
                .map(gemeente -> new GemeenteConsulenten(gemeente.code(), gemeente.naam(),
                        reassignment.consulentenOf(gemeente.code()).entrySet().stream()
                                .map(entry -> new Keuze(entry.getKey(), entry.getValue()))
                                .sorted(Comparator.comparing(Keuze::naam, dutch).thenComparing(Keuze::code))
                                .toList()))
                .toList();
    }

    private static RegieFilter filter(Map<String, String> query) {
        return RegieFilter.of(query.get("gemeente"), query.get("norm"), query.get("consulent"), query.get("doelgroep"),
                query.get("leerroute"), query.get("stand"), query.get("sorteer"), query.get("richting"),
                number("pagina", query.get("pagina")), number("grootte", query.get("grootte"))).searching(query.get("zoek"));
    }

    static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AsciiDigits.integer(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Vul een geheel getal in");
        }
    }

    /** A date of a filter, as the page sends it: dd-mm-jjjj (ISO too), read strictly. */
    private static LocalDate date(String field, String value) {
        return value == null || value.isBlank() ? null : DutchDate.read(value, field);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
