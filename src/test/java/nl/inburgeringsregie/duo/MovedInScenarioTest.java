package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.HoursService;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 18, error 14: a statushouder who moves here from another gemeente (DUO's SS120 "Inburgeringsplichte in
 * gemeente gevestigd zonder PIP", SS121 "... met PIP vorige gemeente"; duo-m2m/Gebeurtenissen/Gebeurtenissen.md,
 * "Wijziging van gemeente") lives here already: no driegesprek at the AZC and no "Woning toewijzen", and what DUO
 * already holds is read, not asked again (DOMAIN.md, "Rules that are easy to misread": "A statushouder who moves in
 * (SS120/SS121) lives here already: no driegesprek, no housing; what DUO already holds (MAP, PVT, hours, exams) is
 * read, not asked again"). DUO's reads: getMapByBsn and getPvtByBsn (duo-m2m/API/MAP-PVT-Zroute/openapi.yml),
 * getGevolgdeUrenByBsn (duo-m2m/API/GevolgdeUren/openapi.yml), answered by the simulator within those files.
 */
class MovedInScenarioTest extends SimulatedDuoScenarioTest {

    @Autowired
    HoursService hours;
    @Autowired
    nl.inburgeringsregie.inburgeren.ExamService exams;

    @Test
    void ss120AsielstatushouderGetsNoDriegesprekNorHousingButBegeleidingBijstandAndTheBredeIntakeFromTheBrpHere() {
        duo.person(bsn).doelgroep = "Asielstatushouder";
        CaseDriver moved = register("SS120");

        assertThat(moved.hasTask(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN)).as("no driegesprek at an AZC").isFalse();
        assertThat(moved.hasTask(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN)).as("lives here already").isFalse();
        assertThat(moved.main()).hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        assertThat(records.milestones(moved.caseNumber())).containsKey(Milestone.MOVED_IN);

        // what the DMN grants an asielmigrant that is not tied to arriving: begeleiding, bijstand (then ontzorgen)
        moved.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder",
                "Vluchtelingenwerk", "begeleidingVerwezenOp", TODAY.toString());
        moved.consulent(InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "ja",
                "bijstandAanvraagdatum", TODAY.toString());
        // the BRP registration in the new gemeente is the key date of the intake and PIP clocks
        moved.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());

        assertThat(moved.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP,
                InburgeringProcess.CALL_ACTIVITY_FINANCIEEL_ONTZORGEN);
        assertThat(moved.hasTask(BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN)).isTrue();
        assertThat(deadlines.findOpen(moved.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().dueOn())
                .isEqualTo(BRP.plusWeeks(4));
    }

    @Test
    void ss121MoverWithThePvtDoneAtDuoGetsNoPvtTaskAndTheHoursAlreadyFollowedCount() throws Exception {
        LocalDate dagtekening = TODAY.minusMonths(14);
        LocalDate pvtSigned = TODAY.minusMonths(6);
        SimulatedDuo.Person known = duo.person(bsn);
        known.doelgroep = "Asielstatushouder";
        known.pipGemeente = "0363";
        known.pip = json.readTree("{\"dagtekeningPip\":\"" + dagtekening + "\",\"leerroute\":\"Z\"}");
        known.termijnStart = dagtekening.plusDays(1);
        known.termijnEinde = dagtekening.plusYears(3);
        known.resultaten.put("PVT_REGISTREREN", json.readTree("{\"datumOndertekeningPvt\":\"" + pvtSigned
                + "\",\"verwijtbaar\":\"Nee\"}"));
        var uren = new SimulatedDuo.Uren();
        uren.taalles = 420;
        uren.participatie = 310;
        uren.bekendTot = TODAY.minusDays(20);
        known.uren.put("0363", uren);
        CaseDriver moved = register("SS121");

        assertThat(records.milestones(moved.caseNumber()).get(Milestone.PVT_SIGNED).occurredOn()).isEqualTo(pvtSigned);
        assertThat(records.milestones(moved.caseNumber())).doesNotContainKey(Milestone.MAP_FINISHED);
        var totals = hours.totals(moved.caseNumber()).orElseThrow();
        assertThat(totals.languageHours()).isEqualTo(420);
        assertThat(totals.participationHours()).isEqualTo(310);
        assertThat(duo.journal()).filteredOn(received -> received.path().endsWith(bsn + "/pvt")
                        || received.path().endsWith(bsn + "/map") || received.path().endsWith(bsn + "/uren"))
                .extracting(SimulatedDuo.Received::operation)
                .containsExactlyInAnyOrder(DuoOperation.MAP_OPVRAGEN, DuoOperation.PVT_OPVRAGEN, DuoOperation.UREN_OPVRAGEN);
        assertThat(duo.journal()).filteredOn(received -> received.operation() == DuoOperation.UREN_OPVRAGEN)
                .allSatisfy(received -> assertThat(received.findings()).as("within DUO's OpenAPI file").isEmpty());

        moved.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        moved.runAsyncSteps();

        assertThat(moved.hasTask(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN)).isFalse();
        assertThat(moved.instance(InburgerenProcess.PROCESS_ID)).as("schakel 4 with the previous PIP").isNotNull();
        assertThat(moved.hasTask(InburgerenProcess.TASK_PVT_VASTLEGGEN)).as("DUO has the PVT: not asked again").isFalse();
        assertThat(moved.hasTask(InburgerenProcess.TASK_EINDGESPREK_MAP)).as("the MAP is still to do").isTrue();
    }

    @Test
    void ss121MoverWhoseMapIsAtDuoGetsNoMapTask() throws Exception {
        LocalDate dagtekening = TODAY.minusMonths(14);
        SimulatedDuo.Person known = duo.person(bsn);
        known.doelgroep = "Asielstatushouder";
        known.pipGemeente = "0363";
        known.pip = json.readTree("{\"dagtekeningPip\":\"" + dagtekening + "\",\"leerroute\":\"B\",\"niveau\":\"B1\"}");
        known.termijnStart = dagtekening.plusDays(1);
        known.termijnEinde = dagtekening.plusYears(3);
        known.resultaten.put("MAP_REGISTREREN", json.readTree("{\"datumEindgesprekMap\":\"" + TODAY.minusMonths(2)
                + "\",\"verwijtbaar\":\"Nee\"}"));
        CaseDriver moved = register("SS121");

        moved.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        moved.runAsyncSteps();

        assertThat(records.milestones(moved.caseNumber()).get(Milestone.MAP_FINISHED).occurredOn()).isEqualTo(TODAY.minusMonths(2));
        assertThat(moved.hasTask(InburgerenProcess.TASK_EINDGESPREK_MAP)).as("DUO has the MAP: not asked again").isFalse();
        assertThat(moved.hasTask(InburgerenProcess.TASK_PVT_VASTLEGGEN)).isTrue();
        assertThat(hours.totals(moved.caseNumber())).as("DUO has no hours").isEmpty();
        // issue 24: the previous gemeente's PIP has no duration or provider here, and still reads without a 500
        var pip = getJson("consulent", "/api/zaken/" + moved.caseNumber() + "/pip");
        assertThat(pip).singleElement().satisfies(version -> {
            assertThat(version.get("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
            assertThat(version.get("duurMaanden").isNull()).isTrue();
        });
    }

    /**
     * The exams taken before the move: their SS199 went to the previous gemeente, so they are read at registration
     * (Examen API, GET /examens/resultaten; Gebeurtenissen.md names "Examenresultaten" with SS121), each recorded
     * once, and a part passed is not asked again; a part failed stays open.
     */
    @Test
    void ss121MoverWhoseExamsArePassedAtDuoIsAskedOnlyTheOpenParts() throws Exception {
        LocalDate dagtekening = TODAY.minusMonths(14);
        SimulatedDuo.Person known = duo.person(bsn);
        known.doelgroep = "Asielstatushouder";
        known.pipGemeente = "0363";
        known.pip = json.readTree("{\"dagtekeningPip\":\"" + dagtekening + "\",\"leerroute\":\"B\",\"niveau\":\"B1\"}");
        known.termijnStart = dagtekening.plusDays(1);
        known.termijnEinde = dagtekening.plusYears(3);
        for (String part : java.util.List.of("LE", "LU", "SC")) {
            known.examens.add(Map.of("onderdeel", part, "niveau", "B1", "examendatum", TODAY.minusMonths(3).toString(),
                    "resultaat", "Geslaagd"));
        }
        known.examens.add(Map.of("onderdeel", "SP", "niveau", "B1", "examendatum", TODAY.minusMonths(3).toString(),
                "resultaat", "Gezakt"));
        CaseDriver moved = register("SS121");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM exam_result WHERE case_id = (SELECT id FROM integration_case "
                + "WHERE case_number = ?) AND source = 'DUO'").param(moved.caseNumber()).query(Integer.class).single())
                .as("every result DUO holds, once").isEqualTo(4);
        moved.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        moved.runAsyncSteps();

        assertThat(exams.partsToPass(moved.caseNumber())).as("passed before the move: not asked again")
                .containsExactlyInAnyOrder(nl.inburgeringsregie.inburgeren.ExamPart.SP,
                        nl.inburgeringsregie.inburgeren.ExamPart.KNM);
        assertThat(moved.hasTask(InburgerenProcess.TASK_EXAMENUITSLAG_VASTLEGGEN)).as("SP and KNM are still open").isTrue();
    }

    /** DUO's notification, the consulent registers the person as an asielmigrant; the driver of the new case. */
    private CaseDriver register(String event) {
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, event);
        CaseDriver.processDuoNotifications(engine);
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_INBURGERAAR_AANMELDEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId(sent.berichtId()))
                .singleResult();
        assertThat(task).as("the consulent's task to register the person").isNotNull();
        var form = new HashMap<String, Object>(engine.getTaskService().getVariables(task.getId()));
        form.putAll(Map.of("aanmeldBesluit", "AANMELDEN", "persoonVoornamen", "Samir", "persoonAchternaam", "Haddad",
                "persoonGeboortedatum", "1990-03-12", "persoonNationaliteit", "SYR", "persoonTaal", "Arabisch",
                "persoonTolkNodig", true, "persoonOpleidingsniveau", "MBO", "aanmeldDoelgroep", "ASIELMIGRANT"));
        engine.getIdentityService().setAuthentication("consulent", java.util.List.of("consulenten"),
                java.util.List.of(Aanmeldingen.HOORN));
        try {
            engine.getTaskService().complete(task.getId(), form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        long personId = jdbc.sql("SELECT id FROM person WHERE bsn = ?").param(bsn).query(Long.class).single();
        IntegrationCase created = cases.findOpenByPerson(personId).orElseThrow();
        return CaseDriver.of(engine, created.caseNumber(), Aanmeldingen.HOORN);
    }

    private long notificationId(String berichtId) {
        return jdbc.sql("SELECT id FROM inbound_message WHERE message_id = ?").param(berichtId).query(Long.class).single();
    }
}
