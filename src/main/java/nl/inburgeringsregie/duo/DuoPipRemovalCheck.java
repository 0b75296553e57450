package nl.inburgeringsregie.duo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.pip.PipRemovalAtDuo;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * DUO's conditions for removing a PIP (duo-m2m/README.md, "Het verwijderen van een PIP"), read from DUO itself before a
 * coordinator's withdrawal is written: DUO is the registrar of the term (DOMAIN.md, "DUO registers the term"), so its
 * {@code GET /personen/{bsn}/inburgeringstermijn} decides "De inburgeringstermijn is nog niet is vastgesteld"; "Er zijn
 * nog geen cursusdeelnameuren gerelateerd aan het actuele inburgeringsaanbod geregistreerd" is refused when the case has
 * an aanbod at DUO and hours of language or participation, ours or DUO's (DUO's hours name no aanbod, so any hours
 * while an aanbod stands count). A case under the Wet inburgering 2013 delivers no PIP to DUO: nothing to check.
 * DUO unreachable: refused, as the rules cannot be read for sure.
 */
@Service
class DuoPipRemovalCheck implements PipRemovalAtDuo {

    private final CaseFileService caseFile;
    private final PersonService persons;
    private final GemeenteService gemeenten;
    private final DuoReads duo;
    private final InburgeringsaanbodRecords aanbod;
    private final FollowedHoursService hours;

    DuoPipRemovalCheck(CaseFileService caseFile, PersonService persons, GemeenteService gemeenten, DuoReads duo,
            InburgeringsaanbodRecords aanbod, FollowedHoursService hours) {
        this.caseFile = caseFile;
        this.persons = persons;
        this.gemeenten = gemeenten;
        this.duo = duo;
        this.aanbod = aanbod;
        this.hours = hours;
    }

    @Override
    public Optional<String> refusal(String caseNumber) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        if (aCase.doelgroep().isWi2013()) {
            return Optional.empty();
        }
        Optional<String> bron = gemeenten.oinOf(aCase.gemeenteCode());
        if (bron.isEmpty()) {
            return Optional.of("De gemeente heeft geen OIN in de configuratie; zonder OIN kan het PIP niet bij DUO worden "
                    + "verwijderd");
        }
        String bsn = persons.bsnOf(aCase);
        try {
            List<String> reasons = new ArrayList<>();
            duo.termijn(bsn, bron.get()).ifPresent(term -> reasons.add("DUO heeft de inburgeringstermijn al vastgesteld ("
                    + DutchDate.format(term.startdatum()) + (term.lastDay() == null ? "" : " t/m "
                    + DutchDate.format(term.lastDay())) + "); dan verwijdert DUO het PIP niet meer. Wijzig het PIP in "
                    + "plaats van het in te trekken"));
            if (!aanbod.current(aCase.id()).isEmpty() && hoursRegistered(aCase, bsn, bron.get())) {
                reasons.add("Er zijn al uren gevolgd bij het inburgeringsaanbod; dan verwijdert DUO het PIP niet meer");
            }
            return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(". ", reasons));
        } catch (DuoUnavailableException e) {
            return Optional.of("DUO is nu niet bereikbaar, zodat niet vaststaat of DUO het PIP nog verwijdert; het PIP is "
                    + "niet ingetrokken. Probeer het later opnieuw");
        } catch (DuoRejectedException e) {
            return Optional.of("DUO gaf de inburgeringstermijn of de uren niet (" + DuoCaseReads.masked(e.getMessage(), bsn)
                    + "); het PIP is niet ingetrokken");
        }
    }

    private boolean hoursRegistered(IntegrationCase aCase, String bsn, String bron) {
        boolean ours = hours.totals(aCase.id())
                .map(totals -> totals.languageHours() > 0 || totals.participationHours() != null && totals.participationHours() > 0)
                .orElse(false);
        return ours || duo.gevolgdeUren(bsn, bron).stream().anyMatch(gemeente -> positive(gemeente.taalles())
                || positive(gemeente.participatie()));
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }
}
