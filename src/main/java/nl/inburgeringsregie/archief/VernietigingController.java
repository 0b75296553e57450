package nl.inburgeringsregie.archief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.regie.CsvExport;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.zaak.CaseFileService;

/**
 * Retention for coordinatoren and archivarissen of a gemeente (issue 21, point 4; docs/archivaris.md): legal holds on
 * closed cases, vernietigingslijsten (propose, approve, reject, carry out) and the verklaring van vernietiging (JSON and
 * CSV). A user sees only the cases and lists of their own gemeenten; another gemeente's are answered with 404. The page
 * /regie/vernietiging uses the same list endpoints under {@code /api/regie/archief} (its session, with CSRF).
 */
@RestController
class VernietigingController {

    private final CaseFileService caseFile;
    private final LegalHoldService holds;
    private final DestructionListService lists;
    private final DestructionRecords records;
    private final ProcessingLog processing;
    private final CsvExport csv;

    VernietigingController(CaseFileService caseFile, LegalHoldService holds, DestructionListService lists,
            DestructionRecords records, ProcessingLog processing, Clock clock) {
        this.caseFile = caseFile;
        this.holds = holds;
        this.lists = lists;
        this.records = records;
        this.processing = processing;
        this.csv = new CsvExport(clock.getZone());
    }

    record Blokkade(String zaaknummer, boolean actief, String reden, String geplaatstDoor, OffsetDateTime geplaatstOp,
            String redenOpheffing, String opgehevenDoor, OffsetDateTime opgehevenOp) {

        static Blokkade of(String caseNumber, LegalHold hold) {
            return new Blokkade(caseNumber, hold.inPlace(), hold.reason(), hold.placedBy(), hold.placedAt(),
                    hold.liftReason(), hold.liftedBy(), hold.liftedAt());
        }
    }

    @GetMapping("/api/archief/zaken/{zaaknummer}/blokkades")
    List<Blokkade> blokkades(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        var aCase = caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        processing.readCase(Processing.ARCHIEF_INZIEN, user.id(), zaaknummer);
        return holds.history(aCase.id()).stream().map(hold -> Blokkade.of(zaaknummer, hold)).toList();
    }

    /** The holds in place on the cases of the user's gemeenten (reading them is a processing of those cases). */
    @GetMapping({"/api/archief/blokkades", "/api/regie/archief/blokkades"})
    List<Blokkade> blokkadesInPlace(@AuthenticationPrincipal ApiUser user) {
        var held = holds.inPlace(user.gemeenten());
        if (!held.isEmpty()) {
            processing.readCases(Processing.ARCHIEF_INZIEN, user.id(),
                    held.stream().map(LegalHoldService.HeldCase::caseNumber).toList());
        }
        return held.stream().map(h -> Blokkade.of(h.caseNumber(), h.hold())).toList();
    }

    /** Places a legal hold: {@code {"reden": "…"}}; 409 when the case is open or already held. */
    @PostMapping({"/api/archief/zaken/{zaaknummer}/blokkade", "/api/regie/archief/zaken/{zaaknummer}/blokkade"})
    ResponseEntity<Blokkade> plaats(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiUser user) {
        var aCase = caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        var hold = processing.change(Processing.BLOKKADE_WIJZIGEN, user.id(), List.of(zaaknummer),
                () -> holds.place(aCase, text(body, "reden"), user.id()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Blokkade.of(zaaknummer, hold));
    }

    /** Lifts the legal hold in place: {@code {"reden": "…"}}; 409 when there is none. */
    @PostMapping({"/api/archief/zaken/{zaaknummer}/blokkade/opheffen",
            "/api/regie/archief/zaken/{zaaknummer}/blokkade/opheffen"})
    Blokkade hefOp(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiUser user) {
        var aCase = caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        var hold = processing.change(Processing.BLOKKADE_WIJZIGEN, user.id(), List.of(zaaknummer),
                () -> holds.lift(aCase, text(body, "reden"), user.id()));
        return Blokkade.of(zaaknummer, hold);
    }

    record Zaak(String zaaknummer, String selectielijstCategorie, String selectielijstOmschrijving, String resultaat,
            LocalDate archiefactiedatum, String uitkomst, String redenOvergeslagen) {
    }

    record Lijst(long id, String gemeente, String status, String statusOmschrijving, String voorgesteldDoor,
            OffsetDateTime voorgesteldOp, String goedgekeurdDoorCoordinator, OffsetDateTime goedgekeurdDoorCoordinatorOp,
            String goedgekeurdDoorArchivaris, OffsetDateTime goedgekeurdDoorArchivarisOp, String afgewezenDoor,
            OffsetDateTime afgewezenOp, String redenAfwijzing, OffsetDateTime uitgevoerdOp, List<Zaak> zaken,
            List<DestructionRecords.Record> vernietigd) {
    }

    @GetMapping({"/api/archief/vernietigingslijsten", "/api/regie/archief/vernietigingslijsten"})
    List<Lijst> lijsten(@AuthenticationPrincipal ApiUser user) {
        return lists.visibleLists(user.gemeenten()).stream().map(list -> lijst(list, user)).toList();
    }

    /** Proposes a list: {@code {"gemeente": "GM0405"}}; 409 when no case may go today. */
    @PostMapping({"/api/archief/vernietigingslijsten", "/api/regie/archief/vernietigingslijsten"})
    ResponseEntity<Lijst> stelVoor(@RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiUser user) {
        var list = lists.propose(text(body, "gemeente"), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(lijst(list, user));
    }

    @GetMapping("/api/archief/vernietigingslijsten/{id}")
    Lijst lijst(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
        return lijst(lists.visible(id, user.gemeenten()), user);
    }

    @PostMapping({"/api/archief/vernietigingslijsten/{id}/goedkeuren",
            "/api/regie/archief/vernietigingslijsten/{id}/goedkeuren"})
    Lijst keurGoed(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
        return lijst(lists.approve(id, user), user);
    }

    /** Rejects a proposed list: {@code {"reden": "…"}}. */
    @PostMapping({"/api/archief/vernietigingslijsten/{id}/afwijzen",
            "/api/regie/archief/vernietigingslijsten/{id}/afwijzen"})
    Lijst wijsAf(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiUser user) {
        return lijst(lists.reject(id, text(body, "reden"), user), user);
    }

    /** Carries out the rest of an approved list that stopped part-way. */
    @PostMapping("/api/archief/vernietigingslijsten/{id}/uitvoeren")
    Lijst voerUit(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
        return lijst(lists.carryOut(id, user), user);
    }

    @GetMapping({"/api/archief/verklaringen", "/api/regie/archief/verklaringen"})
    List<DestructionRecords.Record> verklaringen(@RequestParam(required = false) Long lijst,
            @AuthenticationPrincipal ApiUser user) {
        return records.of(user.gemeenten(), lijst);
    }

    @GetMapping({"/api/archief/verklaringen.csv", "/api/regie/archief/verklaringen.csv"})
    ResponseEntity<byte[]> verklaringenCsv(@RequestParam(required = false) Long lijst,
            @AuthenticationPrincipal ApiUser user) {
        return csv.download("verklaring-van-vernietiging.csv", DestructionRecords.Record.class,
                records.of(user.gemeenten(), lijst));
    }

    @ExceptionHandler(DestructionListNotFoundException.class)
    ProblemDetail notFound(DestructionListNotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    private Lijst lijst(DestructionList list, ApiUser user) {
        var zaken = lists.cases(list.id()).stream().map(c -> new Zaak(c.caseNumber(), c.resultCategory(),
                c.categoryName(), nl.inburgeringsregie.zaak.ClosureReason.valueOf(c.closureReason()).label(),
                c.actionDate(), c.outcome() == null ? "te vernietigen" : "overgeslagen", c.skipReason())).toList();
        return new Lijst(list.id(), list.gemeenteCode(), list.status().name(), list.status().label(), list.proposedBy(),
                list.proposedAt(), list.coordinatorApprovedBy(), list.coordinatorApprovedAt(),
                list.archivistApprovedBy(), list.archivistApprovedAt(), list.rejectedBy(), list.rejectedAt(),
                list.rejectionReason(), list.carriedOutAt(), zaken, records.of(user.gemeenten(), list.id()));
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (value != null && !(value instanceof String)) {
            throw InvalidInputException.of(field, "Vul tekst in");
        }
        return (String) value;
    }
}
