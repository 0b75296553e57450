package nl.inburgeringsregie.duo;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.inburgeren.HoursService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FollowedHoursService;

/**
 * The hours DUO registers (GevolgdeUren API, duo-m2m/API/GevolgdeUren/openapi.yml), sent through {@link DuoOutbound}
 * from an asynchronous process step (issue 20, point 3). DUO takes totals, which are derived from the hours per provider
 * and month ({@link FollowedHoursService#totals}):
 * <ul>
 * <li>{@code PUT …/uren/participatietaalles} (ParticipatieAlsTaalles): "Het totaal aantal gevolgde uren taalles
 * Nederlands en KNM [...] in het kader van de gevolgde Leerroute", every route; "De uren uit Brede Intake tellen niet
 * mee";</li>
 * <li>{@code PUT …/uren/participatieactiviteiten} (ParticipatieactiviteitenBredeIntake): the Z-route's participation of an
 * asielmigrant, when recorded; "De uren uit Brede Intake tellen mee (Besluit, artikel 3.14)", so the brede intake's
 * hours are added;</li>
 * <li>{@code PUT …/uren/bredeintake/taallesknm} (TaallesEnKnmBredeIntake): "Het totaal aantal gevolgde cursusuren
 * Nederlands als tweede taal en KNM [...] tijdens de Brede Intake".</li>
 * </ul>
 * A refusal (the OpenAPI check or DUO's answer) is a {@link DuoRejectedException}: an incident; DUO unreachable retries.
 */
@Service
public class DuoUrenSender {

    private final DuoOutbound outbound;
    private final CaseFileService caseFile;
    private final FollowedHoursService hours;
    private final HoursService totals;

    DuoUrenSender(DuoOutbound outbound, CaseFileService caseFile, FollowedHoursService hours, HoursService totals) {
        this.outbound = outbound;
        this.caseFile = caseFile;
        this.hours = hours;
        this.totals = totals;
    }

    /** The route's totals; a case without recorded hours sends nothing. */
    @Transactional
    public void registerTotals(String caseNumber) {
        var current = totals.totals(caseNumber);
        if (current.isEmpty()) {
            return;
        }
        outbound.send(caseNumber, DuoOperation.UREN_TAAL_REGISTREREN, Map.of(), Map.of("uren", current.get().languageHours()));
        if (current.get().participationHours() != null) {
            int intake = hours.intakeHours(caseFile.caseOf(caseNumber).id()).orElse(0);
            outbound.send(caseNumber, DuoOperation.UREN_PARTICIPATIE_REGISTREREN, Map.of(),
                    Map.of("uren", current.get().participationHours() + intake));
        }
    }

    /** The brede intake's language and KNM total; nothing when none was recorded. */
    @Transactional
    public void registerIntakeHours(String caseNumber) {
        hours.intakeHours(caseFile.caseOf(caseNumber).id()).ifPresent(total -> outbound.send(caseNumber,
                DuoOperation.UREN_BREDE_INTAKE_REGISTREREN, Map.of(), Map.of("uren", total)));
    }
}
