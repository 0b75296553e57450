package nl.inburgeringsregie.leesbaarheid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.duo.simulator.SimulatedNotificaties;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.CaseRepository;

/**
 * What a {@link CaseKind} needs to make its case: the engine, the aanmelding, DUO's simulator and notifications, the
 * database; the same steps the scenario tests take (CaseDriver, MovedInScenarioTest, NieuweZaakUitDuoTest,
 * TemporaryExemptionSuspendsTheCaseScenarioTest).
 */
record CaseFactory(ProcessEngine engine, AanmeldingService aanmeldingen, SimulatedDuo duo,
        SimulatedNotificaties notifications, CaseRepository cases, JdbcClient jdbc, ObjectMapper json) {

    static final LocalDate TODAY = TestDates.today();
    /** The BRP registration the cases start from. */
    static final LocalDate BRP = TODAY.minusDays(2);

    CaseDriver register(AanmeldingRequest request) {
        return CaseDriver.register(engine, aanmeldingen, request);
    }

    /** A case in schakel 4 on the route given, its BRP as {@link #BRP}, bijstand as given. */
    CaseDriver asielmigrantInRoute(String route, boolean bijstand) {
        var driver = register(Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.completeWarmeOverdracht(BRP, bijstand);
        driver.completeBredeIntakeEnPip(route);
        return driver;
    }

    /** A gezins- or overige migrant whose BRP registration the consulent recorded. */
    CaseDriver migrantAfterBrp(AanmeldingRequest request) {
        var driver = register(request);
        driver.consulent(nl.inburgeringsregie.zaak.process.InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN,
                "brpInschrijfdatum", BRP.toString());
        driver.runAsyncSteps();
        return driver;
    }

    /** DUO's notification about the person, processed; the case waits for what the notification starts. */
    void send(String bsn, String event) {
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, event);
        if (sent.status() != 201) {
            throw new IllegalStateException(event + " refused: " + sent.answer());
        }
        CaseDriver.processDuoNotifications(engine);
    }

    /**
     * DUO's notification for a person without a case here (SS120, SS121, SS139): the consulent's task "Inburgeraar
     * aanmelden" completed with the person's details; the driver of the case it opens.
     */
    CaseDriver registerFromDuo(String bsn, String event, String doelgroep, String nationality) {
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, event);
        CaseDriver.processDuoNotifications(engine);
        long notification = jdbc.sql("SELECT id FROM inbound_message WHERE message_id = ?").param(sent.berichtId())
                .query(Long.class).single();
        Task task = engine.getTaskService().createTaskQuery()
                .taskDefinitionKey(DuoNotificatieProcess.TASK_INBURGERAAR_AANMELDEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notification).singleResult();
        var form = new HashMap<String, Object>(engine.getTaskService().getVariables(task.getId()));
        form.putAll(Map.of("aanmeldBesluit", "AANMELDEN", "persoonVoornamen", "Samir", "persoonAchternaam", "Haddad",
                "persoonGeboortedatum", "1990-03-12", "persoonNationaliteit", nationality, "persoonTaal", "Arabisch",
                "persoonTolkNodig", true, "persoonOpleidingsniveau", "MBO", "aanmeldDoelgroep", doelgroep));
        engine.getIdentityService().setAuthentication("consulent", List.of("consulenten"), List.of(Aanmeldingen.HOORN));
        try {
            engine.getTaskService().complete(task.getId(), form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        CaseDriver.processDuoNotifications(engine);
        long person = jdbc.sql("SELECT id FROM person WHERE bsn = ?").param(bsn).query(Long.class).single();
        var created = cases.findOpenByPerson(person).orElseThrow();
        var driver = CaseDriver.of(engine, created.caseNumber(), Aanmeldingen.HOORN);
        driver.runAsyncSteps();
        return driver;
    }

    /** The previous gemeente's PIP as DUO holds it for an SS121 mover (MovedInScenarioTest). */
    void previousPip(String bsn, String pipJson) {
        LocalDate dagtekening = TODAY.minusMonths(14);
        SimulatedDuo.Person known = duo.person(bsn);
        known.doelgroep = "Asielstatushouder";
        known.pipGemeente = "0363";
        try {
            known.pip = json.readTree(pipJson.replace("$dagtekening", dagtekening.toString()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        known.termijnStart = dagtekening.plusDays(1);
        known.termijnEinde = dagtekening.plusYears(3);
    }

    String bsnOf(String caseNumber) {
        return jdbc.sql("SELECT p.bsn FROM person p JOIN integration_case c ON c.person_id = p.id WHERE c.case_number = ?")
                .param(caseNumber).query(String.class).single();
    }
}
