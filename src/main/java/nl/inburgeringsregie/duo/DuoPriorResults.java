package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.duo.DuoApi.GevolgdeUren;
import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * What DUO already holds for someone who moved here from another gemeente (SS120/SS121), recorded on the new case
 * before its process starts, so no task asks for it again: DOMAIN.md, "A statushouder who moves in (SS120/SS121)
 * lives here already [...]; what DUO already holds (MAP, PVT, hours, exams) is read, not asked again". Read with
 * DUO's GET operations: {@code getMapByBsn} and {@code getPvtByBsn} (duo-m2m/API/MAP-PVT-Zroute/openapi.yml: "Raadplegen
 * van datum eindgesprek MAP", "Raadplegen van datum ondertekening participatieverklaring") and
 * {@code getGevolgdeUrenByBsn} (duo-m2m/API/GevolgdeUren/openapi.yml: the totals per gemeente) and the exam results
 * (Examen API, {@code GET /personen/{bsn}/examens/resultaten}; Gebeurtenissen.md lists "Examenresultaten" with SS120 and
 * SS121 as what the gemeente reads): the SS199 notifications of exams taken before the move went to the previous
 * gemeente, so the results are read here, each recorded once, and a part passed is not to be passed again. DUO's API
 * has no GET for the Z-route (only {@code updateZrouteByBsn}), so its completion is not read.
 */
@Service
public class DuoPriorResults {

    /** The note on what was read, so consulent and coordinator see where the date came from. */
    static final String NOTE = "Volgens DUO, gevolgd vóór de verhuizing naar deze gemeente";

    private final DuoReads duo;
    private final CaseFileService caseFile;
    private final FollowedHoursService hours;
    private final ExamService exams;
    private final Clock clock;

    public DuoPriorResults(DuoReads duo, CaseFileService caseFile, FollowedHoursService hours, ExamService exams,
            Clock clock) {
        this.exams = exams;
        this.duo = duo;
        this.caseFile = caseFile;
        this.hours = hours;
        this.clock = clock;
    }

    /**
     * Reads MAP, PVT, hours and exam results from DUO and records what is done on the case (in the registration's
     * transaction).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String caseNumber, String bsn, String bron) {
        duo.mapEindgesprek(bsn, bron).ifPresent(date ->
                caseFile.recordMilestone(caseNumber, Milestone.MAP_FINISHED, date.toString(), NOTE, null));
        duo.pvtOndertekening(bsn, bron).ifPresent(date ->
                caseFile.recordMilestone(caseNumber, Milestone.PVT_SIGNED, date.toString(), NOTE, null));
        totals(duo.gevolgdeUren(bsn, bron), LocalDate.now(clock)).ifPresent(total -> hours.add(
                caseFile.caseOf(caseNumber).id(), total.reportedOn(), total.language(), total.participation(),
                OffsetDateTime.now(clock), null));
        for (var result : duo.examenresultaten(bsn, bron)) {
            if (!exams.isRecorded(caseNumber, result.onderdeel(), result.examendatum(), result.resultaat())) {
                exams.record(caseNumber, result.onderdeel(), result.niveau(), result.examendatum().toString(),
                        result.resultaat(), "DUO", null);
            }
        }
    }

    /** The person's hours over every gemeente, as the running totals this application keeps. */
    record Totals(LocalDate reportedOn, int language, Integer participation) {
    }

    /**
     * The totals over the gemeenten that reported: the language hours of the leerroute (ParticipatieAlsTaalles: "Bij
     * het schakelen naar een andere Leerroute tellen de gevolgde taaluren [...] mee"; "De uren uit Brede Intake
     * tellen niet mee") and the participation hours ("De uren uit Brede Intake tellen mee (Besluit, artikel 3.14)"),
     * dated the last day DUO knows them (bekendTot is exclusive), never after today. None when DUO has no hours.
     */
    static java.util.Optional<Totals> totals(List<GevolgdeUren> perGemeente, LocalDate today) {
        if (perGemeente.stream().allMatch(g -> g.taalles() == null && g.participatie() == null)) {
            return java.util.Optional.empty();
        }
        int language = perGemeente.stream().map(GevolgdeUren::taalles).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        boolean anyParticipation = perGemeente.stream().anyMatch(g -> g.participatie() != null);
        Integer participation = anyParticipation ? perGemeente.stream().map(GevolgdeUren::participatie)
                .filter(Objects::nonNull).mapToInt(Integer::intValue).sum() : null;
        LocalDate known = perGemeente.stream().map(GevolgdeUren::bekendTot).filter(Objects::nonNull)
                .map(until -> until.minusDays(1)).max(LocalDate::compareTo).orElse(today);
        return java.util.Optional.of(new Totals(known.isAfter(today) ? today : known, language, participation));
    }
}
