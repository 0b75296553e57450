package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.duo.simulator.SimulatedAanbod;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.pip.PipStatus;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestProviders;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * Issue 20, point 6: "a PIP withdrawn (DELETE) when a decision is revoked". A coordinator withdraws the first PIP from
 * the case page while DUO has not set the term; DUO's conditions (duo-m2m/README.md, "Het verwijderen van een PIP": "De
 * inburgeringstermijn is nog niet is vastgesteld", "Er zijn nog geen cursusdeelnameuren gerelateerd aan het actuele
 * inburgeringsaanbod geregistreerd") are checked before anything is written, so the refusal is a Dutch 409, not an
 * incident. The simulated DUO sets the term the day after it received the first PIP (SimulatedDuo#termSetAfterReceipt).
 */
class PipWithdrawalScenarioTest extends SimulatedDuoScenarioTest {

    private static final String REASON = "Bezwaar gegrond verklaard: besluit op bezwaar van vandaag";

    @Test
    void aWithdrawnPipIsRemovedAtDuoWithItsAanbodAndANewPipStartsTheTermAgain() throws Exception {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        driver.runAsyncSteps();
        assertThat(SimulatedAanbod.of(duo.person(bsn))).isNotEmpty();
        assertThat(deadlines.findOpen(driver.caseNumber(), Norm.VOORTGANGSGESPREK)).as("counted from the PIP").isPresent();

        var answer = withdraw("coordinator", REASON);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(answer.getBody()).contains("is ingetrokken");

        // the case: the PIP no longer counts, nor the term it started (Wet inburgering 2021 art. 11)
        var versions = pips.versions(driver.caseNumber());
        assertThat(versions).extracting(pip -> pip.status()).containsExactly(PipStatus.INGETROKKEN);
        assertThat(pips.inForce(driver.caseNumber())).isEmpty();
        assertThat(aCase().termStartsOn()).isNull();
        assertThat(aCase().leerroute()).isNull();
        assertThat(recorded()).containsKey(Milestone.PIP_WITHDRAWN).doesNotContainKeys(Milestone.PIP_ISSUED,
                Milestone.TERM_STARTED);
        assertThat(recorded().get(Milestone.PIP_WITHDRAWN).note()).contains("Versie 1", REASON);
        assertThat(deadline(Norm.PIP).status()).as("the PIP norm runs again").isEqualTo(DeadlineStatus.OPEN);
        assertThat(deadlines.findOpen(driver.caseNumber(), Norm.INBURGERINGSTERMIJN)).as("no term, no clock").isEmpty();
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.VOORTGANGSGESPREK))
                .as("the progress talks counted from the withdrawn PIP never ran").isEmpty();
        assertThat(driver.instance(InburgerenProcess.PROCESS_ID)).as("schakel 4 stopped").isNull();

        // DUO: the PIP removed, then the aanbod (DUO refuses the PIP's removal once hours follow the aanbod)
        driver.runAsyncSteps();
        SimulatedDuo.Received removed = received("PIP_VERWIJDEREN");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.findings()).as("checked against PIP/openapi.yml").isEmpty();
        assertThat(duo.person(bsn).pip).isNull();
        assertThat(received("INBURGERINGSAANBOD_VERWIJDEREN").status()).isEqualTo(204);
        assertThat(SimulatedAanbod.of(duo.person(bsn))).isEmpty();
        assertThat(outbox("PIP_VERWIJDEREN")).hasSize(1);

        // a new PIP, without a second brede intake: drafted from the withdrawn PIP's route, reviewed, the first again
        assertThat(driver.hasTask(BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN)).isFalse();
        var form = engine.getTaskService().getVariables(driver.task(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN).getId());
        assertThat(form).containsEntry("leerroute", "B1_ROUTE");
        assertThat((String) form.get("adviesReden")).contains("ingetrokken", REASON);
        var pip = CaseDriver.vars("leerroute", "Z_ROUTE", "afwijkingReden", "Na het bezwaar", "taalaanbieder",
                TestProviders.PROVIDER, "alfabetisering", "NVT", "magOpleidingAfmaken", false, "pvtAanbieder",
                "Vluchtelingenwerk", "mapAanbieder", "Werkplein", "begeleidingAfspraken", "Maandelijks gesprek",
                "participatieAfspraken", "Vrijwilligerswerk", "duurMaanden", 36L);
        pip.putAll(TestProviders.offer(TODAY));
        driver.complete(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "consulent", "consulenten", pip);
        driver.coordinator(BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening",
                TODAY.toString());
        driver.runAsyncSteps();

        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().version()).isEqualTo(2);
        assertThat(aCase().termStartsOn()).as("the term starts after the new first PIP").isEqualTo(TODAY.plusDays(1));
        assertThat(recorded().get(Milestone.PIP_ISSUED).occurredOn()).isEqualTo(TODAY);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.PIP).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(outbox("PIP_REGISTREREN")).hasSize(2);
        assertThat(received("PIP_REGISTREREN").status()).isEqualTo(201);
        assertThat(SimulatedAanbod.of(duo.person(bsn))).containsOnlyKeys(TestProviders.PROVIDER);
        assertThat(driver.instance(InburgerenProcess.PROCESS_ID)).as("schakel 4 runs on the new PIP").isNotNull();
    }

    @Test
    void refusedInDutchWithNothingWrittenWhenDuoSetTheTermOrTheRulesForbidIt() throws Exception {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");

        assertRefused(withdraw("coordinator", " "), 400, "Schrijf op waarom het PIP wordt ingetrokken");
        assertThat(withdraw("consulent", REASON).getStatusCode().value()).as("coordinatoren only").isEqualTo(403);

        // the next day DUO has set the term (SS102): DUO no longer removes the PIP
        driver.travelTo(TODAY.plusDays(1), 9);
        assertRefused(withdraw("coordinator", REASON), 409, "DUO heeft de inburgeringstermijn al vastgesteld");
        assertThat(pips.inForce(driver.caseNumber())).as("nothing written").isPresent();
        assertThat(recorded()).doesNotContainKey(Milestone.PIP_WITHDRAWN);
        assertThat(outbox("PIP_VERWIJDEREN")).isEmpty();
        assertThat(driver.instance(InburgerenProcess.PROCESS_ID)).isNotNull();
    }

    @Test
    void refusedWhenHoursFollowTheAanbodOrThePipWasChanged() throws Exception {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        driver.runAsyncSteps();
        driver.recordMonthHours(InburgerenProcess.TASK_UREN_BIJHOUDEN, TestProviders.PROVIDER,
                nl.inburgeringsregie.support.HoursTestProviders.month(TODAY), 20, null);
        assertRefused(withdraw("coordinator", REASON), 409, "uren gevolgd bij het inburgeringsaanbod");

        // a change under way, then a changed PIP: DUO removes only "het actuele PIP"; a revoked change is undone by a change
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var asked = rest.withBasicAuth("consulent", "demo").postForEntity("/api/zaken/" + driver.caseNumber()
                + "/pip/wijzigingsverzoeken", new org.springframework.http.HttpEntity<>("{\"aanleiding\": \"Andere route\"}",
                        headers), String.class);
        assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(202);
        assertRefused(withdraw("coordinator", REASON), 409, "Er loopt een wijziging van het PIP");
        driver.consulent(InburgerenProcess.TASK_PIP_WIJZIGEN, "nieuweLeerroute", "Z_ROUTE", "wijzigingReden", "Te traag");
        driver.coordinator(InburgerenProcess.TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening",
                TODAY.toString());
        assertRefused(withdraw("coordinator", REASON), 409, "Intrekken kan alleen bij het eerste PIP");
        assertThat(pips.versions(driver.caseNumber())).extracting(pip -> pip.status())
                .containsOnly(PipStatus.VASTGESTELD);
    }

    private ResponseEntity<String> withdraw(String user, String reason) throws Exception {
        return sendAsPage(user, HttpMethod.POST, "/api/regie/zaken/" + driver.caseNumber() + "/pip/intrekking",
                Map.of("reden", reason));
    }

    private void assertRefused(ResponseEntity<String> answer, int status, String message) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getBody()).contains(message);
    }

}
