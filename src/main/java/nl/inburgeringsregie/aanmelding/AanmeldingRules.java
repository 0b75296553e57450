package nl.inburgeringsregie.aanmelding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.zaak.ApplicableLaw;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.HouseholdService;

/**
 * The rules of an aanmelding that need more than one field or the database: who is obliged
 * (age, nationality), which gemeente, and what the target group requires.
 */
@Component
class AanmeldingRules {

    /** Wet inburgering 2021 applies to people obliged from this date on (DOMAIN.md; see ApplicableLaw). */
    static final LocalDate NEW_LAW_START = ApplicableLaw.WI2021_START;
    static final int MINIMUM_AGE = 16;

    /** EU and EEA member states and Switzerland: their nationals are not inburgeringsplichtig. */
    private static final Set<String> EU_EEA_CH = Set.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST",
            "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU",
            "SVK", "SVN", "ESP", "SWE", "ISL", "LIE", "NOR", "CHE");
    /** ICAO codes for stateless persons and unknown nationality, used by COA and IND. */
    private static final Set<String> STATELESS_OR_UNKNOWN = Set.of("XXA", "XXB", "XXC", "XXX");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private final GemeenteService gemeenten;
    private final HouseholdService households;
    private final Clock clock;
    private final Period aowAge;

    AanmeldingRules(GemeenteService gemeenten, HouseholdService households, Clock clock,
            @Value("${inburgering.aow-age}") Period aowAge) {
        this.gemeenten = gemeenten;
        this.households = households;
        this.clock = clock;
        this.aowAge = aowAge;
    }

    /** Field errors of an aanmelding whose single fields are already valid; empty when it may be registered. */
    Map<String, String> check(AanmeldingRequest request) {
        return check(request, false);
    }

    /**
     * The rules for someone who moved here from another gemeente ({@code movedIn}, DUO's SS120/SS121) are those of a
     * mover: no AZC stay (DOMAIN.md: "A statushouder who moves in (SS120/SS121) lives here already").
     */
    Map<String, String> check(AanmeldingRequest request, boolean movedIn) {
        var errors = new LinkedHashMap<String, String>();
        if (gemeenten.findByCode(request.gemeente()).isEmpty()) {
            errors.put("gemeente", "Gemeente " + request.gemeente() + " is niet bekend in deze installatie");
        }
        checkAge(request.geboortedatum(), errors);
        checkNationality(request.nationaliteit(), errors);
        checkCoupling(request, movedIn, errors);
        checkObligationStart(request, errors);
        checkNareiziger(request, errors);
        checkPipVorigeGemeente(request, errors);
        return errors;
    }

    private void checkAge(LocalDate birthDate, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        if (birthDate.plusYears(MINIMUM_AGE).isAfter(today)) {
            errors.put("geboortedatum", "Iemand jonger dan " + MINIMUM_AGE + " jaar is niet inburgeringsplichtig");
        } else if (!birthDate.plus(aowAge).isAfter(today)) {
            errors.put("geboortedatum", "Iemand die de AOW-leeftijd heeft bereikt is niet inburgeringsplichtig");
        }
    }

    private static void checkNationality(String nationality, Map<String, String> errors) {
        if (EU_EEA_CH.contains(nationality)) {
            errors.put("nationaliteit",
                    "Onderdanen van de EU, de EER en Zwitserland zijn niet inburgeringsplichtig");
        } else if (!COUNTRIES.contains(nationality) && !STATELESS_OR_UNKNOWN.contains(nationality)) {
            errors.put("nationaliteit", "Onbekende landcode " + nationality + " (ISO 3166, drie letters)");
        }
    }

    /** A nareiziger joins a household that is known here already; COA has no AZC stay to report. */
    private void checkNareiziger(AanmeldingRequest request, Map<String, String> errors) {
        if (!request.isNareiziger()) {
            return;
        }
        if (request.huishoudenReferentie() == null || request.huishoudenReferentie().isBlank()) {
            errors.put("huishoudenReferentie",
                    "Een nareiziger hoort bij een huishouden: vul de huishoudreferentie in van het gezinslid dat hier al woont");
        } else if (!households.exists(request.huishoudenReferentie())) {
            errors.put("huishoudenReferentie", "Huishouden " + request.huishoudenReferentie()
                    + " is niet bekend: meld eerst het gezinslid aan dat hier al woont");
        }
        if (request.doelgroep() != Doelgroep.ASIELMIGRANT && request.doelgroep() != Doelgroep.GEZINSMIGRANT) {
            errors.put("doelgroep", "Een nareiziger is asielmigrant (nareis bij een statushouder) of gezinsmigrant");
        }
    }

    private void checkPipVorigeGemeente(AanmeldingRequest request, Map<String, String> errors) {
        var pip = request.pipVorigeGemeente();
        if (pip == null) {
            return;
        }
        if (pip.gemeente() != null && pip.gemeente().equals(request.gemeente())) {
            errors.put("pipVorigeGemeente.gemeente", "De vorige gemeente is een andere dan de nieuwe gemeente");
        }
        if (pip.leerroute() == Leerroute.Z_ROUTE && pip.niveau() != null) {
            errors.put("pipVorigeGemeente.niveau", "Bij de Z-route hoort geen niveau (DUO-regel)");
        } else if (pip.leerroute() == Leerroute.ONDERWIJSROUTE && "A2".equals(pip.niveau())) {
            errors.put("pipVorigeGemeente.niveau", "Niveau A2 mag niet bij de onderwijsroute (DUO-regel)");
        }
        if (pip.termijnEinde() != null && pip.dagtekening() != null
                && !pip.termijnEinde().isAfter(pip.dagtekening().plusYears(3).minusDays(1))) {
            errors.put("pipVorigeGemeente.termijnEinde",
                    "Een verlengde termijn eindigt later dan drie jaar na de dagtekening van het eerste PIP");
        }
        if (request.isNareiziger()) {
            errors.put("nareiziger", "Een nareiziger komt voor het eerst naar Nederland en heeft geen PIP van een vorige gemeente");
        }
    }

    private static void checkCoupling(AanmeldingRequest request, boolean movedIn, Map<String, String> errors) {
        Doelgroep doelgroep = request.doelgroep();
        if (request.isNareiziger() || request.pipVorigeGemeente() != null || movedIn) {
            // no COA stay: a nareiziger comes straight to the household, a mover comes from another gemeente
            if (request.azc() != null && !request.azc().isBlank()) {
                errors.put("azc", request.isNareiziger() ? "Een nareiziger verblijft niet in een AZC"
                        : "Wie verhuist uit een andere gemeente verblijft niet in een AZC");
            }
            return;
        }
        if (!doelgroep.isCoupledByCoa()) {
            if (request.koppeldatum() != null) {
                errors.put("koppeldatum", "Een koppeldatum hoort alleen bij asielmigranten");
            }
            if (request.azc() != null) {
                errors.put("azc", "Een AZC hoort alleen bij asielmigranten");
            }
            return;
        }
        if (request.azc() == null || request.azc().isBlank()) {
            errors.put("azc", "Vul het AZC in waar de statushouder verblijft");
        }
        LocalDate koppeldatum = request.koppeldatum();
        if (koppeldatum == null) {
            errors.put("koppeldatum", "Vul de koppeldatum in: de datum waarop COA de statushouder aan de gemeente koppelde");
        } else if (request.inburgeringsplichtBegindatum() != null) {
            // the start of the obligation decides the law, not the koppeldatum (checkObligationStart)
            if (koppeldatum.isBefore(request.geboortedatum())) {
                errors.put("koppeldatum", "De koppeldatum ligt vóór de geboortedatum");
            }
        } else if (doelgroep == Doelgroep.ASIELMIGRANT && koppeldatum.isBefore(NEW_LAW_START)) {
            errors.put("koppeldatum",
                    "Een koppeling vóór 1 januari 2022 valt onder doelgroep ASIELMIGRANT_OVERGANG");
        } else if (doelgroep == Doelgroep.ASIELMIGRANT_OVERGANG && !koppeldatum.isBefore(NEW_LAW_START)) {
            errors.put("koppeldatum",
                    "Doelgroep ASIELMIGRANT_OVERGANG geldt alleen voor een koppeling vóór 1 januari 2022");
        } else if (koppeldatum.isBefore(request.geboortedatum())) {
            errors.put("koppeldatum", "De koppeldatum ligt vóór de geboortedatum");
        }
    }

    /**
     * The start of the obligation, when given, decides the law and so the doelgroep [DOMAIN.md: "Wi2021 applies to
     * people who became obliged on or after 2022-01-01 (the date the IND granted residence, not the housing date);
     * earlier ones stay under Wi2013"].
     */
    private static void checkObligationStart(AanmeldingRequest request, Map<String, String> errors) {
        LocalDate start = request.inburgeringsplichtBegindatum();
        if (start == null) {
            return;
        }
        if (start.isBefore(request.geboortedatum())) {
            errors.put("inburgeringsplichtBegindatum", "De begindatum van de inburgeringsplicht ligt vóór de geboortedatum");
        } else if (!ApplicableLaw.fits(request.doelgroep(), start)) {
            errors.put("inburgeringsplichtBegindatum", ApplicableLaw.isWi2013(start)
                    ? "Wie vóór 1 januari 2022 inburgeringsplichtig werd valt onder de Wet inburgering 2013: kies doelgroep "
                            + "ASIELMIGRANT_OVERGANG of ONDERTUSSENGROEP"
                    : "Wie op of na 1 januari 2022 inburgeringsplichtig werd valt onder de Wet inburgering 2021: kies doelgroep "
                            + "ASIELMIGRANT, GEZINSMIGRANT of OVERIGE_MIGRANT");
        }
    }
}
