package nl.inburgeringsregie.leesbaarheid;

import static nl.inburgeringsregie.leesbaarheid.CaseFactory.BRP;
import static nl.inburgeringsregie.leesbaarheid.CaseFactory.TODAY;

import java.util.function.Function;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The catalogue of the kinds of case the application knows (issue 24, point 1), each at a phase it can be in: every
 * doelgroep, the nareiziger, the ondertussengroep with and without earlier parts, the mover with and without a PIP
 * (DUO's SS120, SS121), the case DUO's notification starts (SS139), the suspended case (SS109), the case closed for
 * each {@link ClosureReason} and the case completed in after-care. {@link EveryReadForEveryKindOfCaseTest} makes one
 * case of each and reads it through every read endpoint; it fails when a {@link Doelgroep}, {@link CasePhase} or
 * {@link ClosureReason} has no row here. A new kind joins by adding a row.
 */
enum CaseKind {

    ASIELMIGRANT_AANGEMELD(Doelgroep.ASIELMIGRANT, CasePhase.WARME_OVERDRACHT, null, false,
            f -> f.register(Aanmeldingen.asielmigrant(TestBsn.next()))),
    ASIELMIGRANT_NA_WARME_OVERDRACHT(Doelgroep.ASIELMIGRANT, CasePhase.BREDE_INTAKE, null, false, f -> {
        var driver = f.register(Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.completeWarmeOverdracht(BRP, false);
        return driver;
    }),
    ASIELMIGRANT_NA_INTAKE(Doelgroep.ASIELMIGRANT, CasePhase.LEERBAARHEIDSTOETS, null, false, f -> {
        var driver = f.register(Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.completeWarmeOverdracht(BRP, false);
        driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        return driver;
    }),
    ASIELMIGRANT_PIP_TER_BEOORDELING(Doelgroep.ASIELMIGRANT, CasePhase.PIP_IN_PREPARATION, null, true, f -> {
        var driver = f.register(Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.completeWarmeOverdracht(BRP, false);
        driver.draftPip(CaseDriver.Intake.B1_HAALBAAR, "B1_ROUTE");
        return driver;
    }),
    ASIELMIGRANT_B1_ROUTE_MET_ONTZORGEN(Doelgroep.ASIELMIGRANT, CasePhase.INBURGEREN, null, true,
            f -> f.asielmigrantInRoute("B1_ROUTE", true)),
    ASIELMIGRANT_ONDERWIJSROUTE(Doelgroep.ASIELMIGRANT, CasePhase.INBURGEREN, null, true,
            f -> f.asielmigrantInRoute("ONDERWIJSROUTE", false)),
    ASIELMIGRANT_Z_ROUTE(Doelgroep.ASIELMIGRANT, CasePhase.INBURGEREN, null, true,
            f -> f.asielmigrantInRoute("Z_ROUTE", false)),
    /** Wi2013: coupled before 2022, a PIP without a Wi2021 leerroute (DOMAIN.md, "Target groups"). */
    ASIELMIGRANT_OVERGANG_IN_ROUTE(Doelgroep.ASIELMIGRANT_OVERGANG, CasePhase.INBURGEREN, null, true, f -> {
        var driver = f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT_OVERGANG));
        driver.completeWarmeOverdracht(BRP, false);
        driver.completeBredeIntakeEnPip(null);
        return driver;
    }),
    GEZINSMIGRANT_AANGEMELD(Doelgroep.GEZINSMIGRANT, CasePhase.REGISTERED, null, false,
            f -> f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT))),
    GEZINSMIGRANT_IN_ROUTE(Doelgroep.GEZINSMIGRANT, CasePhase.INBURGEREN, null, true, f -> {
        var driver = f.migrantAfterBrp(Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        return driver;
    }),
    OVERIGE_MIGRANT_NA_BRP(Doelgroep.OVERIGE_MIGRANT, CasePhase.BREDE_INTAKE, null, false,
            f -> f.migrantAfterBrp(Aanmeldingen.of(TestBsn.next(), Doelgroep.OVERIGE_MIGRANT))),
    OVERIGE_MIGRANT_IN_ROUTE(Doelgroep.OVERIGE_MIGRANT, CasePhase.INBURGEREN, null, true, f -> {
        var driver = f.migrantAfterBrp(Aanmeldingen.of(TestBsn.next(), Doelgroep.OVERIGE_MIGRANT));
        driver.completeBredeIntakeEnPip("Z_ROUTE");
        return driver;
    }),
    ONDERTUSSENGROEP_AANGEMELD(Doelgroep.ONDERTUSSENGROEP, CasePhase.REGISTERED, null, false,
            f -> f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP))),
    /** Intake and plan done before (DoelgroepScenarioTest): only progress talks, the Wi2013 term kept. */
    ONDERTUSSENGROEP_MET_EERDERE_ONDERDELEN(Doelgroep.ONDERTUSSENGROEP, CasePhase.INBURGEREN, null, false, f -> {
        var driver = f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        earlierParts(driver, "ja");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", "2021-08-15");
        return driver;
    }),
    ONDERTUSSENGROEP_ZONDER_EERDERE_ONDERDELEN(Doelgroep.ONDERTUSSENGROEP, CasePhase.INBURGEREN, null, true, f -> {
        var driver = f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        earlierParts(driver, "nee");
        driver.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder",
                "Vluchtelingenwerk", "begeleidingVerwezenOp", "2021-12-01");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", "2021-12-01");
        driver.completeBredeIntakeEnPip(null);
        return driver;
    }),
    /** A family member arriving later: an own case in the household, no warme overdracht. */
    NAREIZIGER(Doelgroep.ASIELMIGRANT, CasePhase.REGISTERED, null, false, f -> {
        String household = "HH-LEES-" + TestBsn.next();
        f.register(Aanmeldingen.withIdentity(Aanmeldingen.asielmigrant(TestBsn.next()), TestBsn.next(), household));
        return f.register(Aanmeldingen.nareiziger(TestBsn.next(), Doelgroep.ASIELMIGRANT, household, Aanmeldingen.HOORN));
    }),
    /** SS120: moved here without a PIP (MovedInScenarioTest). */
    VERHUISD_ZONDER_PIP(Doelgroep.ASIELMIGRANT, CasePhase.REGISTERED, null, false, f -> {
        String bsn = TestBsn.next();
        f.duo().person(bsn).doelgroep = "Asielstatushouder";
        return f.registerFromDuo(bsn, "SS120", "ASIELMIGRANT", "SYR");
    }),
    /** SS121 with the previous gemeente's PIP, no duration or provider known here: issue 24's first failure. */
    VERHUISD_MET_PIP(Doelgroep.ASIELMIGRANT, CasePhase.INBURGEREN, null, true, f -> {
        String bsn = TestBsn.next();
        f.previousPip(bsn, "{\"dagtekeningPip\":\"$dagtekening\",\"leerroute\":\"B\",\"niveau\":\"B1\"}");
        var driver = f.registerFromDuo(bsn, "SS121", "ASIELMIGRANT", "SYR");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        driver.runAsyncSteps();
        return driver;
    }),
    /** SS121 before the BRP registration here: the previous PIP on a case that is only registered. */
    VERHUISD_MET_PIP_AANGEMELD(Doelgroep.ASIELMIGRANT, CasePhase.REGISTERED, null, true, f -> {
        String bsn = TestBsn.next();
        f.previousPip(bsn, "{\"dagtekeningPip\":\"$dagtekening\",\"leerroute\":\"Z\"}");
        return f.registerFromDuo(bsn, "SS121", "ASIELMIGRANT", "SYR");
    }),
    /** SS139 for a gezinsmigrant without a case: DUO's notification starts it (NieuweZaakUitDuoTest). */
    UIT_DUO_GEZINSMIGRANT(Doelgroep.GEZINSMIGRANT, CasePhase.REGISTERED, null, false, f -> {
        String bsn = TestBsn.next();
        f.duo().person(bsn).plichtBegin = TODAY.minusDays(5);
        return f.registerFromDuo(bsn, "SS139", "GEZINSMIGRANT", "TUR");
    }),
    /** SS109: a temporary exemption suspends the case in schakel 4 (TemporaryExemptionSuspendsTheCaseScenarioTest). */
    OPGESCHORT(Doelgroep.ASIELMIGRANT, CasePhase.SUSPENDED, null, true, f -> {
        String bsn = TestBsn.next();
        var driver = f.register(Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        f.duo().person(bsn).plichtBegin = BRP;
        f.duo().person(bsn).doelgroep = "Asielstatushouder";
        f.send(bsn, "SS139");
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        f.duo().grantTemporaryExemption(f.duo().person(bsn), TODAY, null);
        f.send(bsn, "SS109");
        driver.runAsyncSteps();
        return driver;
    }),
    /** SS106: DUO decided the obligation is met; "Inburgering afronden" is open. */
    AFRONDEN(Doelgroep.ASIELMIGRANT, CasePhase.AFRONDEN, null, true, f -> {
        var driver = f.asielmigrantInRoute("B1_ROUTE", false);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        return driver;
    }),
    /** Completed and in after-care, until five years after housing. */
    NAZORG(Doelgroep.ASIELMIGRANT, CasePhase.NAZORG, null, true, f -> {
        var driver = f.asielmigrantInRoute("B1_ROUTE", false);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        driver.completeInburgering("BETAALD_WERK", "Werkt in de zorg");
        return driver;
    }),
    /** Housed in 2021: after completion no after-care is left, the case closes (DoelgroepScenarioTest). */
    GESLOTEN_VRIJSTELLING(Doelgroep.ONDERTUSSENGROEP, CasePhase.CLOSED, ClosureReason.VRIJSTELLING, false, f -> {
        var driver = f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        earlierParts(driver, "ja");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", "2021-08-15");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS107");
        driver.completeInburgering("GEEN", "Zorgt voor de kinderen");
        return driver;
    }),
    GESLOTEN_DIPLOMA(Doelgroep.ONDERTUSSENGROEP, CasePhase.CLOSED, ClosureReason.DIPLOMA, false, f -> {
        var driver = f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        earlierParts(driver, "ja");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", "2021-08-15");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        driver.completeInburgering("ONDERWIJS", "mbo");
        return driver;
    }),
    GESLOTEN_ONTHEFFING(Doelgroep.ONDERTUSSENGROEP, CasePhase.CLOSED, ClosureReason.ONTHEFFING, false, f -> {
        var driver = f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        earlierParts(driver, "ja");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", "2021-08-15");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS108");
        driver.completeInburgering("GEEN", null);
        return driver;
    }),
    /** SS110 before anything was done: the obligation withdrawn. */
    GESLOTEN_INGETROKKEN(Doelgroep.ASIELMIGRANT, CasePhase.CLOSED, ClosureReason.INGETROKKEN, false, f -> {
        var driver = f.register(Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS110");
        return driver;
    }),
    GESLOTEN_OVERLEDEN(Doelgroep.GEZINSMIGRANT, CasePhase.CLOSED, ClosureReason.OVERLEDEN, true, f -> {
        var driver = f.migrantAfterBrp(Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS111");
        return driver;
    }),
    GESLOTEN_VERHUISD(Doelgroep.ASIELMIGRANT, CasePhase.CLOSED, ClosureReason.VERHUISD, true, f -> {
        var driver = f.asielmigrantInRoute("B1_ROUTE", false);
        driver.correlate(InburgeringProcess.MESSAGE_VERHUISD_NAAR_ANDERE_GEMEENTE);
        driver.consulent(InburgeringProcess.TASK_ZAAK_OVERDRAGEN, "nieuweGemeente", "GM0363", "verhuisdatum",
                TODAY.toString(), "overdrachtNotitie", "B1-route loopt");
        return driver;
    }),
    /**
     * Closed for a temporary exemption: since issue 18 SS109 suspends a case instead, so only cases closed before
     * that carry this reason; made as such a case stands in the database (closed for SS110, its reason as it was).
     */
    GESLOTEN_TIJDELIJKE_VRIJSTELLING_VAN_VOOR_ISSUE_18(Doelgroep.GEZINSMIGRANT, CasePhase.CLOSED,
            ClosureReason.TIJDELIJKE_VRIJSTELLING, false, f -> {
                var driver = f.register(Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
                driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS110");
                f.jdbc().sql("UPDATE integration_case SET closed_reason = ? WHERE case_number = ?")
                        .params(ClosureReason.TIJDELIJKE_VRIJSTELLING.name(), driver.caseNumber()).update();
                return driver;
            });

    final Doelgroep doelgroep;
    /** The phase the case stands in once made (checked, so the catalogue says what it holds). */
    final CasePhase phase;
    final ClosureReason closedFor;
    /** Whether the case has a PIP (drafted, in force or the previous gemeente's), so its PIP reads must show one. */
    final boolean hasPip;
    private final Function<CaseFactory, CaseDriver> make;

    CaseKind(Doelgroep doelgroep, CasePhase phase, ClosureReason closedFor, boolean hasPip,
            Function<CaseFactory, CaseDriver> make) {
        this.doelgroep = doelgroep;
        this.phase = phase;
        this.closedFor = closedFor;
        this.hasPip = hasPip;
        this.make = make;
    }

    CaseDriver make(CaseFactory factory) {
        return make.apply(factory);
    }

    private static void earlierParts(CaseDriver driver, String intakeBefore) {
        if ("ja".equals(intakeBefore)) {
            driver.consulent(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN, "eerderBredeIntake", "ja",
                    "eerderPlanDatum", TODAY.minusMonths(14).toString(), "termijnStartdatum", "2021-09-01",
                    "eerderPvt", "ja", "eerderMaatschappelijkeBegeleiding", "ja");
        } else {
            driver.consulent(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN, "eerderBredeIntake", "nee",
                    "termijnStartdatum", "2021-11-01", "eerderPvt", "nee", "eerderMaatschappelijkeBegeleiding", "nee");
        }
    }
}
