package nl.inburgeringsregie.verwerking;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.aanmelding.BsnValidator;
import nl.inburgeringsregie.regie.CsvExport;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.zaak.Person;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * The privacy officer's view of the processing log (issue 21 point 3; group {@code privacy} only, SecurityConfiguration):
 * {@code GET /api/verwerkingen?bsn=…} lists every processing of the person with that BSN under the officer's gemeenten,
 * {@code GET /api/verwerkingen.csv?bsn=…} exports the same for an inzageverzoek (AVG art. 15). The BSN must pass the
 * eleven-test ({@link BsnValidator}); it is resolved to the person's internal id here, as the log names nobody by BSN.
 * The lookup itself is a processing of the person and is logged first, so it is on its own list.
 */
@RestController
class ProcessingLogController {

    private final PersonService persons;
    private final ProcessingLog log;
    private final ProcessingLogQuery query;
    private final CsvExport csv;

    ProcessingLogController(PersonService persons, ProcessingLog log, ProcessingLogQuery query, Clock clock) {
        this.persons = persons;
        this.log = log;
        this.query = query;
        this.csv = new CsvExport(clock.getZone());
    }

    /** The answer: the BSN asked about, whether we know the person, and the processing, newest first. */
    record Verwerkingen(String bsn, boolean persoonBekend, List<ProcessingLogQuery.Verwerking> verwerkingen) {
    }

    @GetMapping("/api/verwerkingen")
    Verwerkingen list(@RequestParam(required = false) String bsn, @AuthenticationPrincipal ApiUser user) {
        String checked = checked(bsn);
        var person = knownTo(checked, user);
        return new Verwerkingen(checked, person.isPresent(),
                person.map(found -> read(Processing.VERWERKINGEN_INZIEN, found, user)).orElse(List.of()));
    }

    @GetMapping("/api/verwerkingen.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String bsn, @AuthenticationPrincipal ApiUser user) {
        var rows = knownTo(checked(bsn), user)
                .map(found -> read(Processing.VERWERKINGEN_EXPORTEREN, found, user)).orElse(List.of());
        return csv.download("verwerkingen.csv", ProcessingLogQuery.Verwerking.class, rows);
    }

    /** The person with the BSN, if they have a case in one of the officer's gemeenten (else unknown, as everywhere). */
    private Optional<Person> knownTo(String bsn, ApiUser user) {
        return persons.findByBsn(bsn).filter(person -> !query.gemeentenOf(person.id(), user.gemeenten()).isEmpty());
    }

    /** The lookup is recorded under the officer's gemeenten where the person has a case, then the log is read. */
    private List<ProcessingLogQuery.Verwerking> read(Processing processing, Person person, ApiUser user) {
        log.readLogOf(processing, user.id(), person.id(), query.gemeentenOf(person.id(), user.gemeenten()));
        return query.of(person.id(), user.gemeenten());
    }

    private static String checked(String bsn) {
        String value = bsn == null ? "" : bsn.strip();
        if (value.isEmpty()) {
            throw InvalidInputException.of("bsn", "Vul het BSN in van de persoon die om inzage vraagt");
        }
        if (!BsnValidator.isValidBsn(value)) {
            throw InvalidInputException.of("bsn", "Dit is geen geldig BSN: negen cijfers die de elfproef doorstaan");
        }
        return value;
    }
}
