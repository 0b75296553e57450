package nl.inburgeringsregie.inburgeren;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.HoursTotals;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.MonthHours;

/**
 * The hours followed per provider and month, for every leerroute (issue 20, point 3): the provider is one the gemeente
 * contracts for the case's route and DUO recognises for it (README R:97), the month lies between the PIP's and today's,
 * the hours are a whole number a month can hold, and a month recorded again never gets fewer hours (DUO registers
 * totals, GevolgdeUren API, schema ParticipatieAlsTaalles: "Het totaal aantal gevolgde uren taalles Nederlands en KNM
 * door een Inburgeraar bij een Cursusinstelling in het kader van de gevolgde Leerroute"). Participation hours belong
 * to the Z-route of an asielmigrant (ParticipatieactiviteitenBredeIntake: "ten behoeve van de Z-Route [...] van de
 * Asielstatushouder").
 */
@Service
public class MonthlyHoursService {

    /**
     * Our choice (the sources give no maximum per month): more than 300 hours in one month — ten hours a day, every day —
     * is a typing error, not a course.
     */
    static final int MAX_PER_MONTH = 300;
    static final String PROVIDER = "urenAanbieder";
    static final String MONTH = "urenMaand";
    static final String LANGUAGE = "urenTaalKnm";
    static final String PARTICIPATION = "urenParticipatie";
    static final String INTAKE = "urenBredeIntake";

    private final CaseFileService caseFile;
    private final FollowedHoursService hours;
    private final HoursProviders providers;
    private final Clock clock;

    MonthlyHoursService(CaseFileService caseFile, FollowedHoursService hours, HoursProviders providers, Clock clock) {
        this.caseFile = caseFile;
        this.hours = hours;
        this.providers = providers;
        this.clock = clock;
    }

    /** Records the hours of one provider's month; every broken rule comes back at once, nothing written. */
    @Transactional
    public MonthHours record(String caseNumber, String instellingsnummer, String monthText, Number languageHours,
            Number participationHours, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Leerroute route = aCase.leerroute() == null ? null : Leerroute.valueOf(aCase.leerroute());
        Map<String, String> errors = new LinkedHashMap<>();
        if (route == null) {
            throw InvalidInputException.of(PROVIDER, "Deze zaak heeft geen leerroute: er zijn geen uren te registreren");
        }
        checkProvider(aCase, route, instellingsnummer, errors);
        YearMonth month = month(aCase, monthText, errors);
        Integer language = whole(languageHours, LANGUAGE, "taalles en KNM", true, errors);
        Integer participation = whole(participationHours, PARTICIPATION, "participatie", false, errors);
        if (participation != null && (route != Leerroute.Z_ROUTE || !aCase.doelgroep().isAsielmigrant())) {
            errors.put(PARTICIPATION, "Uren participatie horen alleen bij de Z-route van een asielmigrant (DUO)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<MonthHours> before = hours.months(aCase.id()).stream()
                .filter(m -> m.instellingsnummer().equals(instellingsnummer) && m.followedIn().equals(month.atDay(1)))
                .findFirst();
        if (before.isPresent()) {
            notLower(language, before.get().languageHours(), LANGUAGE, month, errors);
            if (participation == null) {
                participation = before.get().participationHours();
            } else if (before.get().participationHours() != null) {
                notLower(participation, before.get().participationHours(), PARTICIPATION, month, errors);
            }
        }
        HoursTotals totals = hours.totals(aCase.id()).orElse(new HoursTotals(null, 0, null));
        int languageTotal = totals.languageHours() - before.map(MonthHours::languageHours).orElse(0) + language;
        if (languageTotal > HoursService.MAX_HOURS) {
            errors.put(LANGUAGE, "Het totaal komt dan op " + languageTotal + " uur; DUO registreert ten hoogste "
                    + HoursService.MAX_HOURS + " uur");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var recorded = new MonthHours(instellingsnummer, month.atDay(1), language, participation);
        hours.putMonth(aCase.id(), recorded, OffsetDateTime.now(clock), by);
        return recorded;
    }

    /**
     * Records the total of language and KNM hours followed during the brede intake (Besluit inburgering 2021 art. 3.14;
     * TaallesEnKnmBredeIntake: "Het totaal aantal gevolgde cursusuren Nederlands als tweede taal en KNM [...] tijdens de
     * Brede Intake"): a whole number up to DUO's maximum, never lower than the total recorded before.
     */
    @Transactional
    public int recordIntake(String caseNumber, Number total, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        double number = total == null ? -1 : total.doubleValue();
        if (total == null || number != Math.floor(number) || number < 0 || number > HoursService.MAX_HOURS) {
            throw InvalidInputException.of(INTAKE, "Het totaal aantal uren taalles en KNM tijdens de brede intake is een"
                    + " heel getal van 0 tot en met " + HoursService.MAX_HOURS);
        }
        int hoursNow = (int) number;
        var before = hours.intakeHours(aCase.id());
        if (before.isPresent() && hoursNow < before.get()) {
            throw InvalidInputException.of(INTAKE, "Eerder zijn " + before.get() + " uur tijdens de brede intake"
                    + " vastgelegd; het totaal kan niet lager worden (DUO registreert totalen)");
        }
        hours.putIntakeHours(aCase.id(), hoursNow, OffsetDateTime.now(clock), by);
        return hoursNow;
    }

    /** The brede intake's language and KNM total, when recorded. */
    public Optional<Integer> intakeHours(String caseNumber) {
        return hours.intakeHours(caseFile.caseOf(caseNumber).id());
    }

    /**
     * The providers a consulent may choose for the case's hours: those the gemeente contracts for the case's route today
     * and DUO recognises for it, as a form's options ({@code label}, {@code value}).
     */
    public List<Map<String, String>> choices(String caseNumber) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        return aCase.leerroute() == null ? List.of()
                : providers.choices(aCase.gemeenteCode(), Leerroute.valueOf(aCase.leerroute()));
    }

    private void checkProvider(IntegrationCase aCase, Leerroute route, String instellingsnummer,
            Map<String, String> errors) {
        if (instellingsnummer == null || instellingsnummer.isBlank()) {
            errors.put(PROVIDER, "Kies de aanbieder bij wie de uren zijn gevolgd");
            return;
        }
        providers.refusal(instellingsnummer, aCase.gemeenteCode(), route).ifPresent(reason -> errors.put(PROVIDER, reason));
    }

    private YearMonth month(IntegrationCase aCase, String text, Map<String, String> errors) {
        YearMonth month;
        try {
            month = HoursMonth.read(text, MONTH);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
            return null;
        }
        if (month.isAfter(YearMonth.now(clock))) {
            errors.put(MONTH, HoursMonth.label(month) + " ligt in de toekomst: registreer alleen gevolgde uren");
        } else if (aCase.termStartsOn() != null && month.isBefore(YearMonth.from(aCase.termStartsOn().minusDays(1)))) {
            errors.put(MONTH, HoursMonth.label(month) + " ligt vóór het PIP (dagtekening "
                    + DutchDate.format(aCase.termStartsOn().minusDays(1)) + "): die uren horen niet bij de leerroute");
        }
        return month;
    }

    private static Integer whole(Number value, String field, String what, boolean required, Map<String, String> errors) {
        if (value == null) {
            if (required) {
                errors.put(field, "Vul het aantal uren " + what + " in dat in deze maand is gevolgd");
            }
            return null;
        }
        double number = value.doubleValue();
        if (number != Math.floor(number) || number < 0 || number > MAX_PER_MONTH) {
            errors.put(field, "Het aantal uren " + what + " in een maand is een heel getal van 0 tot en met "
                    + MAX_PER_MONTH);
            return null;
        }
        return (int) number;
    }

    private static void notLower(int now, int before, String field, YearMonth month, Map<String, String> errors) {
        if (now < before) {
            errors.put(field, "Voor " + HoursMonth.label(month) + " bij deze aanbieder staan al " + before
                    + " uur; het totaal kan niet lager worden (DUO registreert totalen)");
        }
    }
}
