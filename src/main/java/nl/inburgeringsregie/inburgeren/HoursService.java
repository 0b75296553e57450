package nl.inburgeringsregie.inburgeren;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FieldRules;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.HoursTotals;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * Hours followed, as running totals from the provider's report (DUO's GevolgdeUren API registers totals
 * too). The Z-route is an hours obligation: at least 800 hours of language and KNM and, for asielmigranten,
 * 800 hours of participation (Besluit inburgering 2021 art. 3.14; DOMAIN.md).
 */
@Service
public class HoursService {

    public static final int Z_ROUTE_LANGUAGE_HOURS = 800;
    public static final int Z_ROUTE_PARTICIPATION_HOURS = 800;
    /** DUO's maximum of every total (GevolgdeUren API: "maximum: 9999"). */
    static final int MAX_HOURS = 9999;

    private final CaseFileService caseFile;
    private final FollowedHoursService hours;
    private final Clock clock;

    public HoursService(CaseFileService caseFile, FollowedHoursService hours, Clock clock) {
        this.caseFile = caseFile;
        this.hours = hours;
        this.clock = clock;
    }

    /**
     * Records the running totals reported on a day, without provider or month: how hours were recorded before issue 20
     * (forms of cases still on an older model version send them); new hours go per provider and month
     * ({@link MonthlyHoursService}). Totals never go down: a lower total than before is refused, so
     * a typing error cannot undo hours DUO already knows.
     */
    @Transactional
    public HoursTotals record(String caseNumber, String reportedOnText, Number languageHours, Number participationHours,
            String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Optional<HoursTotals> before = hours.latest(aCase.id());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate reportedOn = null;
        try {
            reportedOn = FieldRules.pastOrToday(reportedOnText, "urenPeildatum", "de urenopgave", clock);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        Integer language = checked(languageHours, "urenTaalKnm", "taalles en KNM", true, errors);
        Integer participation = checked(participationHours, "urenParticipatie", "participatie", false, errors);
        if (before.isPresent() && language != null && language < before.get().languageHours()) {
            errors.put("urenTaalKnm", "Het totaal kan niet lager zijn dan het vorige totaal ("
                    + before.get().languageHours() + " uur)");
        }
        Integer participationBefore = before.map(HoursTotals::participationHours).orElse(null);
        if (participationBefore != null && participation != null && participation < participationBefore) {
            errors.put("urenParticipatie", "Het totaal kan niet lager zijn dan het vorige totaal ("
                    + participationBefore + " uur)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        hours.add(aCase.id(), reportedOn, language, participation != null ? participation : participationBefore,
                OffsetDateTime.now(clock), by);
        return hours.latest(aCase.id()).orElseThrow();
    }

    /** The case's totals: the running total without provider plus the hours per provider and month. */
    public Optional<HoursTotals> totals(String caseNumber) {
        return hours.totals(caseFile.caseOf(caseNumber).id());
    }

    /**
     * Whether the Z-route's hours obligation is met: 800 language, and 800 participation for asielmigranten (the brede
     * intake's hours counted there, as DUO counts them).
     */
    public boolean zRouteHoursReached(String caseNumber) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        HoursTotals totals = hours.totals(aCase.id()).orElse(null);
        if (totals == null || totals.languageHours() < Z_ROUTE_LANGUAGE_HOURS) {
            return false;
        }
        // ParticipatieactiviteitenBredeIntake: "De uren uit Brede Intake tellen mee (Besluit, artikel 3.14)"
        return !aCase.doelgroep().isAsielmigrant() || totals.participationHours() != null
                && totals.participationHours() + hours.intakeHours(aCase.id()).orElse(0) >= Z_ROUTE_PARTICIPATION_HOURS;
    }

    private static Integer checked(Number value, String field, String what, boolean required,
            Map<String, String> errors) {
        if (value == null) {
            if (required) {
                errors.put(field, "Vul het totaal aantal uren " + what + " in");
            }
            return null;
        }
        if (value.doubleValue() != Math.floor(value.doubleValue()) || value.intValue() < 0 || value.intValue() > MAX_HOURS) {
            errors.put(field, "Het totaal aantal uren " + what + " is een heel getal van 0 tot en met " + MAX_HOURS);
            return null;
        }
        return value.intValue();
    }
}
