package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Logins;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * The whole exchange with DUO through the simulator, which checks every request against DUO's official
 * OpenAPI files: DUO's notifications move the case (SS139, SS131, SS104, SS199, SS106) and the case's PIP, MAP
 * and PVT reach DUO in messages the files accept; a message DUO refuses stops its step with an
 * incident and the case waits.
 */
class DuoExchangeScenarioTest extends SimulatedDuoScenarioTest {

    @BeforeEach
    void anAsielmigrant() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
    }

    @Test
    void fromSs139ToTheApprovedPipAtDuoAndOnToTheDiploma() {
        driver.completeWarmeOverdracht(BRP, false);
        duo.person(bsn).plichtBegin = TODAY.minusDays(2);
        duo.person(bsn).doelgroep = "Asielstatushouder";

        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS139").status()).isEqualTo(201);
        runNotifications();
        var recorded = recorded();
        assertThat(recorded.get(Milestone.DUO_NOTICE).occurredOn()).as("DUO's notice moved the case").isEqualTo(TODAY);
        assertThat(recorded.get(Milestone.OBLIGATION_STARTED).occurredOn()).as("read from DUO")
                .isEqualTo(TODAY.minusDays(2));

        driver.completeBredeIntakeEnPip("B1_ROUTE");
        driver.runAsyncSteps();

        var pip = received("PIP_REGISTREREN");
        assertThat(pip.status()).as("DUO's simulator took the PIP").isEqualTo(201);
        assertThat(pip.findings()).as("checked against PIP/openapi.yml").isEmpty();
        assertThat(pip.path()).isEqualTo("/personen/" + bsn + "/PIP");
        assertThat(pip.bron()).isEqualTo("00000001000000000405");
        assertThat(pip.body()).contains("\"leerroute\":\"B\"");
        assertThat(received("LBT_EXAMENNUMMER_OPVRAGEN").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE case_id = ? AND operation = 'PIP_REGISTREREN' "
                + "AND status = 'VERZONDEN' AND response_status = 201 AND message_id = ?")
                .params(aCase().id(), pip.berichtId()).query(Integer.class).single())
                .as("the case's record of what DUO got").isOne();

        // the next day DUO has set the term (the simulator's choice, SimulatedDuo#termSetAfterReceipt); then it extends
        // the term on request (SS104): the new end is read from DUO and moves the term clock
        driver.travelTo(TODAY.plusDays(1), 8);
        duo.termSetAfterReceipt(duo.person(bsn));
        LocalDate extended = duo.person(bsn).termijnEinde.plusMonths(6);
        duo.person(bsn).termijnEinde = extended;
        duo.person(bsn).verlengingsgrond = "Ziekte";
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS104").status()).isEqualTo(201);
        runNotifications();
        assertThat(aCase().termEndsOn()).isEqualTo(extended);

        // MAP and PVT reach DUO
        driver.travelTo(TODAY.plusMonths(3), 8);
        driver.holdMapTalk();
        driver.signPvt(14);
        assertThat(received("MAP_REGISTREREN").findings()).isEmpty();
        assertThat(received("MAP_REGISTREREN").status()).isEqualTo(200);
        assertThat(received("PVT_REGISTREREN").status()).isEqualTo(200);

        // DUO's exam results (SS199) are read and recorded, each once
        duo.person(bsn).examens.add(Map.of("onderdeel", "LE", "niveau", "B1", "examendatum",
                TODAY.plusMonths(3).toString(), "resultaat", "Geslaagd"));
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS199").status()).isEqualTo(201);
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS199").status()).isEqualTo(201);
        runNotifications();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exam_result WHERE case_id = ? AND source = 'DUO'")
                .param(aCase().id()).query(Integer.class).single())
                .as("recorded once: %s", outcomes()).isOne();

        // DUO: diploma (SS106) moves the case to completion
        duo.person(bsn).plichtig = false;
        duo.person(bsn).redenGeenPlicht = "Inburgeringsplicht voldaan";
        duo.person(bsn).plichtEinde = TODAY.plusMonths(3);
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS106").status()).isEqualTo(201);
        runNotifications();
        assertThat(aCase().phase()).isEqualTo(CasePhase.AFRONDEN);
        assertThat(recorded().get(Milestone.OBLIGATION_MET).occurredOn())
                .isEqualTo(TODAY.plusMonths(3));
    }

    @Test
    void theLeerbaarheidstoetsResultFromDuoMovesTheWaitingCaseToThePip() {
        driver.completeWarmeOverdracht(BRP, false);
        driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        driver.planLeerbaarheidstoets();
        assertThat(driver.hasTask(BredeIntakeEnPipProcess.TASK_TOETS_UITSLAG)).as("the case waits for the result").isTrue();

        duo.person(bsn).lbt.add(Map.of("resultaat", "B1-route niet haalbaar", "behaaldeScore", "41,00",
                "benodigdeScore", "60,00", "datumAfname", TODAY.toString()));
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS131").status()).isEqualTo(201);
        runNotifications();

        assertThat(received("LBT_RESULTATEN_OPVRAGEN").findings()).as("read as Leerbaarheidstoets/openapi.yml says").isEmpty();
        assertThat(recorded().get(Milestone.LEERBAARHEIDSTOETS_RESULT).note())
                .isEqualTo("B1-route niet haalbaar");
        assertThat(driver.hasTask(BredeIntakeEnPipProcess.TASK_TOETS_UITSLAG)).isFalse();
        assertThat(driver.hasTask(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN)).as("on to the PIP").isTrue();
    }

    @Test
    void aMessageDuoRefusesStopsItsStepWithAnIncidentAndTheCaseWaits() {
        driver.completeWarmeOverdracht(BRP, false);
        duo.person(bsn).plichtBegin = TODAY.plusYears(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            driver.completeBredeIntakeEnPip("B1_ROUTE");
            driver.runAsyncSteps();
        }).hasMessageContaining("De datum dagtekening mag niet voor de start van de inburgeringsplicht liggen");

        var incident = engine.getRuntimeService().createIncidentQuery().activityId(BredeIntakeEnPipProcess.SERVICE_TASK_PIP_AANLEVEREN)
                .list().stream().filter(found -> engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(found.getProcessInstanceId()).processInstanceBusinessKey(driver.caseNumber())
                        .count() == 1).findFirst();
        assertThat(incident).as("an incident at once, no retries").isPresent();
        assertThat(incident.get().getIncidentMessage()).contains("dagtekening mag niet voor de start van de inburgeringsplicht");
        assertThat(engine.getManagementService().createJobQuery().jobId(incident.get().getConfiguration())
                .singleResult().getRetries()).isZero();
        assertThat(jdbc.sql("SELECT last_error FROM outbound_message WHERE case_id = ? AND status = 'AFGEWEZEN'")
                .param(aCase().id()).query(String.class).list())
                .singleElement().asString().contains("dagtekening");
        assertThat(driver.hasTask(InburgerenProcess.TASK_VOORTGANGSGESPREK_VOEREN)).as("the case waits").isFalse();
    }

    @Test
    void theSimulatorRefusesARequestOutsideTheSpecification() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("bron", "00000001000000000405");
        headers.set("doel", "00000001999999999000");
        headers.set("berichtId", java.util.UUID.randomUUID().toString());
        var answer = Logins.as(rest, "m2m").exchange("/duo-simulator/v1/personen/" + bsn + "/PIP",
                HttpMethod.POST, new HttpEntity<>("{\"dagtekeningPip\":\"" + TODAY + "\",\"leerroute\":\"X\"}", headers),
                String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("voldoet niet aan de specificatie");
        assertThat(rest.exchange("/duo-simulator/v1/personen/" + bsn + "/PIP", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class).getStatusCode().value()).as("no anonymous access")
                .isEqualTo(401);
    }


    private java.util.List<String> outcomes() {
        return jdbc.sql("SELECT status || ': ' || COALESCE(outcome, '') FROM inbound_message WHERE case_id = ? ORDER BY id")
                .param(aCase().id()).query(String.class).list();
    }

    private void runNotifications() {
        CaseDriver.processDuoNotifications(engine);
        driver.runAsyncSteps();
    }
}
