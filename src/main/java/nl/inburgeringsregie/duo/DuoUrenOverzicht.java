package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.HoursTotals;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.MonthHours;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * The hours of a case beside what DUO holds (issue 20, point 3, "read back with GET"): ours per provider and month with
 * the totals DUO takes, and DUO's totals per gemeente read live ({@code GET /personen/{bsn}/uren}, getGevolgdeUrenByBsn),
 * compared in words for the case's own gemeente (DUO keeps the totals per gemeente, schema Gemeente).
 */
@Service
public class DuoUrenOverzicht {

    /** The overview: ours, DUO's and the comparison. */
    public record Overzicht(String zaaknummer, OffsetDateTime opgevraagdOp, List<Maand> perAanbiederEnMaand,
            Integer urenZonderAanbieder, Totalen totalenVoorDuo, Integer urenBredeIntake, BijDuo bijDuo,
            List<String> vergelijking) {
    }

    /** One provider's month: its first day, language and KNM, participation (or null). */
    public record Maand(String aanbieder, LocalDate maand, int urenTaalKnm, Integer urenParticipatie) {
    }

    /** The totals this gemeente sends to DUO (participation with the brede intake's hours, Besluit art. 3.14). */
    public record Totalen(int taallesEnKnm, Integer participatie, Integer bredeIntake) {
    }

    /** What DUO answered: {@code OPGEVRAAGD}, {@code GEWEIGERD} or {@code NIET_BEREIKBAAR}, with its totals per gemeente. */
    public record BijDuo(String status, String melding, List<Gemeente> gemeenten) {
    }

    /** DUO's totals of one gemeente, known until the day before {@code bekendTot}. */
    public record Gemeente(String gemeentecode, LocalDate bekendTot, Integer taallesEnKnm, Integer participatie,
            Integer bredeIntake) {
    }

    private final CaseFileService caseFile;
    private final PersonService persons;
    private final nl.inburgeringsregie.gemeente.GemeenteService gemeenten;
    private final FollowedHoursService hours;
    private final DuoReads duo;
    private final Clock clock;

    DuoUrenOverzicht(CaseFileService caseFile, PersonService persons, nl.inburgeringsregie.gemeente.GemeenteService gemeenten,
            FollowedHoursService hours, DuoReads duo, Clock clock) {
        this.caseFile = caseFile;
        this.persons = persons;
        this.gemeenten = gemeenten;
        this.hours = hours;
        this.duo = duo;
        this.clock = clock;
    }

    /** The overview of a case in the user's gemeenten (404 otherwise, as the case file). */
    public Overzicht of(String caseNumber, Collection<String> userGemeenten) {
        IntegrationCase aCase = caseFile.caseVisibleTo(caseNumber, userGemeenten);
        var months = hours.months(aCase.id()).stream().map(DuoUrenOverzicht::maand).toList();
        Integer withoutProvider = hours.latest(aCase.id()).map(HoursTotals::languageHours).orElse(null);
        Integer intake = hours.intakeHours(aCase.id()).orElse(null);
        var totals = hours.totals(aCase.id()).orElse(null);
        var ours = new Totalen(totals == null ? 0 : totals.languageHours(), totals == null || totals.participationHours() == null
                ? null : totals.participationHours() + (intake == null ? 0 : intake), intake);
        BijDuo atDuo = read(aCase);
        return new Overzicht(aCase.caseNumber(), OffsetDateTime.now(clock), months, withoutProvider, ours, intake, atDuo,
                compare(ours, totals != null, atDuo, aCase.gemeenteCode().substring(2)));
    }

    private static Maand maand(MonthHours month) {
        return new Maand(month.instellingsnummer(), month.followedIn(), month.languageHours(), month.participationHours());
    }

    private BijDuo read(IntegrationCase aCase) {
        var bron = gemeenten.oinOf(aCase.gemeenteCode());
        if (bron.isEmpty()) {
            return new BijDuo("GEWEIGERD", "De gemeente heeft geen OIN in de configuratie; zonder OIN kan niets naar DUO.",
                    List.of());
        }
        try {
            var perGemeente = duo.gevolgdeUren(persons.bsnOf(aCase), bron.get()).stream()
                    .map(g -> new Gemeente(g.gemeente(), g.bekendTot(), g.taalles(), g.participatie(), g.taalBredeIntake()))
                    .toList();
            return new BijDuo("OPGEVRAAGD", null, perGemeente);
        } catch (DuoRejectedException e) {
            return new BijDuo("GEWEIGERD", "DUO gaf de uren niet: " + DuoCaseReads.masked(e.getMessage(),
                    persons.bsnOf(aCase)) + "." + DuoCaseReads.RELEVANCE, List.of());
        } catch (DuoUnavailableException e) {
            return new BijDuo("NIET_BEREIKBAAR", "DUO is nu niet bereikbaar; probeer het later opnieuw.", List.of());
        }
    }

    /** The comparison in words, for the case's own gemeente (the totals it sent). */
    static List<String> compare(Totalen ours, boolean anyRecorded, BijDuo atDuo, String gemeente) {
        var lines = new ArrayList<String>();
        if (!"OPGEVRAAGD".equals(atDuo.status())) {
            lines.add("De uren bij DUO zijn niet opgevraagd: " + atDuo.melding());
            return lines;
        }
        var mine = atDuo.gemeenten().stream().filter(g -> gemeente.equals(g.gemeentecode())).findFirst().orElse(null);
        atDuo.gemeenten().stream().filter(g -> !gemeente.equals(g.gemeentecode())).forEach(other -> lines.add(
                "DUO kent ook uren van een andere gemeente (" + other.gemeentecode() + "): " + words(other.taallesEnKnm())
                        + " taalles en KNM" + (other.participatie() == null ? "" : ", " + words(other.participatie())
                        + " participatie") + "."));
        if (mine == null) {
            lines.add(0, anyRecorded || ours.bredeIntake() != null
                    ? "DUO heeft nog geen uren van deze gemeente; de vastgelegde uren zijn nog niet (goed) bij DUO aangekomen."
                    : "Er zijn geen uren vastgelegd en DUO heeft er ook geen van deze gemeente.");
            return lines;
        }
        String since = mine.bekendTot() == null ? "" : " (bij DUO bekend tot en met "
                + DutchDate.format(mine.bekendTot().minusDays(1)) + ")";
        lines.add(0, line("taalles en KNM van de leerroute", anyRecorded ? ours.taallesEnKnm() : null, mine.taallesEnKnm()) + since);
        if (ours.participatie() != null || mine.participatie() != null) {
            lines.add(1, line("participatie (met de brede intake)", ours.participatie(), mine.participatie()));
        }
        if (ours.bredeIntake() != null || mine.bredeIntake() != null) {
            lines.add(line("taalles en KNM tijdens de brede intake", ours.bredeIntake(), mine.bredeIntake()));
        }
        return lines;
    }

    private static String line(String what, Integer ours, Integer duos) {
        if (Objects.equals(ours, duos)) {
            return "Uren " + what + ": gelijk, " + words(ours) + ".";
        }
        return "Uren " + what + ": de zaak heeft " + words(ours) + ", DUO " + words(duos)
                + " — het laatste totaal is nog niet (goed) bij DUO; kijk bij de berichten aan DUO van deze zaak.";
    }

    private static String words(Integer hours) {
        return hours == null ? "geen" : hours == 1 ? "1 uur" : hours + " uur";
    }
}
