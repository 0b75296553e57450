package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Logins;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * A case that starts from DUO's notification: SS139 for a gezinsmigrant and SS121 for someone who
 * settled here with a previous gemeente's PIP become the consulent's task "Inburgeraar aanmelden";
 * the BSN comes from the stored notification and is never a process variable, the person's fields
 * stay out of the engine's history, and the notification is then processed in the new case.
 */
class NieuweZaakUitDuoTest extends SimulatedDuoScenarioTest {

    @Test
    void ss139ForAGezinsmigrantWithoutACaseStartsOneAndMovesItsPipClock() {
        duo.person(bsn).plichtBegin = TODAY.minusDays(5);
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, "SS139");
        CaseDriver.processDuoNotifications(engine);

        Task task = registrationTask(sent.berichtId());
        assertThat(task.getTenantId()).isEqualTo(Aanmeldingen.HOORN);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "consulenten".equals(link.getGroupId()));
        var variables = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
        assertThat(variables).containsEntry("aanmeldDoelgroep", "GEZINSMIGRANT");
        assertThat(variables.values()).as("the BSN is no process variable").noneMatch(value -> bsn.equals(String.valueOf(value)));
        assertThat(status(sent.berichtId())).isEqualTo("NIEUWE_ZAAK");

        assertThatThrownBy(() -> complete(task, person("DEU")))
                .as("the aanmelding's rules apply in the form").hasMessageContaining("niet inburgeringsplichtig");
        assertThat(persons()).as("nothing half-written").isZero();

        complete(task, person("TUR"));
        IntegrationCase created = openCaseOf(bsn);
        assertThat(created.doelgroep()).isEqualTo(Doelgroep.GEZINSMIGRANT);
        assertThat(created.gemeenteCode()).isEqualTo(Aanmeldingen.HOORN);

        CaseDriver.processDuoNotifications(engine);
        assertThat(records.milestones(created.caseNumber()).get(Milestone.DUO_NOTICE).occurredOn())
                .as("SS139 processed in the new case").isEqualTo(TODAY);
        assertThat(records.milestones(created.caseNumber()).get(Milestone.OBLIGATION_STARTED).occurredOn())
                .isEqualTo(TODAY.minusDays(5));
        assertThat(status(sent.berichtId())).isEqualTo("VERWERKT");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableNameIn("persoonVoornamen", "persoonGeboortedatum", "persoonNationaliteit").count())
                .as("the person's fields never reach history").isZero();
    }

    @Test
    void ss121StartsACaseWithThePreviousGemeentesPipReadFromDuo() throws Exception {
        LocalDate dagtekening = TODAY.minusMonths(8);
        var known = duo.person(bsn);
        known.doelgroep = "Asielstatushouder";
        known.pipGemeente = "0363";
        known.pip = json.readTree("{\"dagtekeningPip\":\"" + dagtekening + "\",\"leerroute\":\"B\",\"niveau\":\"B1\"}");
        known.termijnStart = dagtekening.plusDays(1);
        known.termijnEinde = dagtekening.plusYears(3).plusMonths(6);
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, "SS121");
        CaseDriver.processDuoNotifications(engine);

        Task task = registrationTask(sent.berichtId());
        var variables = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
        assertThat(variables).containsEntry("aanmeldDoelgroep", "ASIELMIGRANT")
                .containsEntry("vorigePipGemeente", "GM0363")
                .containsEntry("vorigePipDagtekening", dagtekening.toString())
                .containsEntry("vorigePipLeerroute", "B1_ROUTE")
                .containsEntry("vorigePipNiveau", "B1")
                .containsEntry("vorigeTermijnEinde", known.termijnEinde.toString());
        // the form shows them in words (issue 19, point 2): no CBS code bare, no ISO date, no route code; GM0363 is
        // no gemeente of this installation, so its code is said to be one
        assertThat(variables).containsEntry("vorigePipGemeenteNaam", "gemeente met CBS-code GM0363")
                .containsEntry("vorigePipDagtekeningTekst", nl.inburgeringsregie.shared.DutchDate.format(dagtekening))
                .containsEntry("vorigePipLeerrouteNaam", "B1-route");

        var form = person("SYR");
        form.put("aanmeldDoelgroep", "ASIELMIGRANT");
        complete(task, form);
        IntegrationCase created = openCaseOf(bsn);
        assertThat(created.leerroute()).as("the PIP of the previous gemeente is taken over").isEqualTo("B1_ROUTE");
        assertThat(created.termEndsOn()).as("with DUO's extended term").isEqualTo(known.termijnEinde);

        CaseDriver.processDuoNotifications(engine);
        assertThat(status(sent.berichtId())).isEqualTo("VERWERKT");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_SIGNAAL_BEOORDELEN)
                .processInstanceBusinessKey(created.caseNumber()).count()).as("no signal about its own start").isZero();
    }

    @Test
    void aNotificationTheConsulentDoesNotRegisterIsClosedWithTheReason() {
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, "SS101");
        CaseDriver.processDuoNotifications(engine);
        Task task = registrationTask(sent.berichtId());

        complete(task, Map.of("aanmeldBesluit", "NIET_AANMELDEN",
                "uitzoekToelichting", "Volgens de BRP vertrokken naar het buitenland"));
        assertThat(status(sent.berichtId())).isEqualTo("AFGEHANDELD");
        assertThat(persons()).as("nobody registered").isZero();
    }

    @Test
    void ss101ForAnAsielstatushouderWithoutACaseGoesToTheCoordinators() {
        duo.person(bsn).doelgroep = "Asielstatushouder";
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, "SS101");
        CaseDriver.processDuoNotifications(engine);

        assertThat(status(sent.berichtId())).as("the case of a statushouder starts with COA's coupling").isEqualTo("ONBEKEND");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_NOTIFICATIE_UITZOEKEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId(sent.berichtId()))
                .count()).isOne();
    }

    @Test
    void theTaskLinksToTheNotificationWithTheBsnForTheGemeenteOnly() {
        var sent = notifications.send(Aanmeldingen.HOORN, bsn, "SS101");
        String path = "/api/duo-notificaties/" + notificationId(sent.berichtId());

        var own = rest.withBasicAuth("consulent", "demo").getForEntity(path, String.class);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).contains("\"bsn\":\"" + bsn + "\"").contains("\"gebeurtenisId\":\"SS101\"");

        assertThat(rest.withBasicAuth("consulenthogeland", "demo").getForEntity(path, String.class)
                .getStatusCode().value()).as("another gemeente's consulent").isEqualTo(404);
        assertThat(Logins.as(rest, "m2m").getForEntity(path, String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/api/duo-notificaties/999999999", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    private Map<String, Object> person(String nationality) {
        var form = new HashMap<String, Object>();
        form.put("aanmeldBesluit", "AANMELDEN");
        form.put("persoonVoornamen", "Ayse");
        form.put("persoonAchternaam", "Yilmaz");
        form.put("persoonGeboortedatum", "1994-03-12");
        form.put("persoonNationaliteit", nationality);
        form.put("persoonTaal", "Turks");
        form.put("persoonTolkNodig", true);
        form.put("persoonOpleidingsniveau", "MBO");
        return form;
    }

    /** Completes the task as the consulent of Hoorn, who registers the person. */
    private void complete(Task task, Map<String, Object> form) {
        engine.getIdentityService().setAuthentication("consulent", java.util.List.of("consulenten"),
                java.util.List.of(Aanmeldingen.HOORN));
        try {
            engine.getTaskService().complete(task.getId(), form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Task registrationTask(String berichtId) {
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_INBURGERAAR_AANMELDEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId(berichtId))
                .singleResult();
        assertThat(task).as("the consulent's task to register the person").isNotNull();
        return task;
    }

    private IntegrationCase openCaseOf(String personBsn) {
        long personId = jdbc.sql("SELECT id FROM person WHERE bsn = ?").param(personBsn).query(Long.class).single();
        return cases.findOpenByPerson(personId).orElseThrow();
    }

    private long persons() {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE bsn = ?").param(bsn).query(Long.class).single();
    }

    private long notificationId(String berichtId) {
        return jdbc.sql("SELECT id FROM inbound_message WHERE message_id = ?").param(berichtId).query(Long.class).single();
    }

    private String status(String berichtId) {
        return jdbc.sql("SELECT status FROM inbound_message WHERE message_id = ?").param(berichtId).query(String.class).single();
    }
}
