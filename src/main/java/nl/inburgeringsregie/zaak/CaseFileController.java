package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.gemeente.Gemeente;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.CaseNotFoundException;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/** {@code GET /api/zaken/{zaaknummer}}: the case file as the gemeente holds it (no BSN). */
@RestController
@RequestMapping("/api/zaken")
class CaseFileController {

    private final CaseRepository cases;
    private final PersonRepository persons;
    private final MilestoneRepository milestones;
    private final CaseSuspensionRepository suspensions;
    private final GemeenteService gemeenten;
    private final People people;
    private final RouteNames routes;
    private final ProcessingLog processing;

    CaseFileController(CaseRepository cases, PersonRepository persons, MilestoneRepository milestones,
            CaseSuspensionRepository suspensions, GemeenteService gemeenten, People people, RouteNames routes,
            ProcessingLog processing) {
        this.processing = processing;
        this.gemeenten = gemeenten;
        this.people = people;
        this.routes = routes;
        this.cases = cases;
        this.persons = persons;
        this.milestones = milestones;
        this.suspensions = suspensions;
    }

    @GetMapping("/{zaaknummer}")
    Zaak show(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        var aCase = cases.findByNumber(zaaknummer)
                .filter(found -> user.gemeenten().contains(found.gemeenteCode()))
                .orElseThrow(() -> new CaseNotFoundException(zaaknummer));
        var person = persons.findById(aCase.personId()).orElseThrow();
        var suspension = suspensions.findOngoing(aCase.id());
        processing.readCase(Processing.ZAAK_OPVRAGEN, user.id(), aCase.caseNumber());
        return new Zaak(aCase.caseNumber(), person.displayName(), aCase.gemeenteCode(), aCase.doelgroep().name(),
                aCase.phase().name(), aCase.openedAt(), aCase.consulent(), aCase.leerroute(), aCase.termStartsOn(),
                aCase.termEndsOn(), milestones.findByCase(aCase.id()).stream()
                        .map(m -> new Mijlpaal(m.milestone().name(), m.milestone().label(), m.occurredOn(), m.note()))
                        .toList(),
                aCase.phase().label(), suspension.isPresent(), suspension.map(CaseSuspension::startsOn).orElse(null),
                gemeenten.findByCode(aCase.gemeenteCode()).map(Gemeente::name).orElse(aCase.gemeenteCode()),
                aCase.doelgroep().label(), people.name(aCase.consulent()), routes.label(aCase.leerroute()));
    }

    /**
     * The case file; {@code faseOmschrijving} in words ("Opgeschort: tijdelijke vrijstelling" while DUO's temporary
     * exemption, SS109, suspends the case, {@code opgeschort} and {@code opgeschortSinds} then say since when).
     * Beside every code the words a person reads (issue 19, point 2): the gemeente's name, the doelgroep's and
     * leerroute's labels and the consulent's full name.
     */
    record Zaak(String zaaknummer, String naam, String gemeente, String doelgroep, String fase,
            OffsetDateTime geopendOp, String consulent, String leerroute, LocalDate inburgeringstermijnStart,
            LocalDate inburgeringstermijnEinde, List<Mijlpaal> mijlpalen, String faseOmschrijving, boolean opgeschort,
            LocalDate opgeschortSinds, String gemeenteNaam, String doelgroepOmschrijving, String consulentNaam,
            String leerrouteOmschrijving) {
    }

    record Mijlpaal(String soort, String omschrijving, LocalDate datum, String toelichting) {
    }
}
