package nl.inburgeringsregie.duo;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestProviders;

/**
 * Issue 20, point 3: the hours per provider and month for every leerroute reach DUO's simulator as the totals DUO
 * registers (GevolgdeUren API): ParticipatieAlsTaalles for every route (brede intake excluded), the Z-route's
 * ParticipatieactiviteitenBredeIntake (brede intake included, Besluit art. 3.14) and TaallesEnKnmBredeIntake; GET uren
 * answers them per gemeente.
 */
class GevolgdeUrenScenarioTest extends SimulatedDuoScenarioTest {

    static final String HOORN_DUO = "0405";

    @BeforeEach
    void providers() {
        TestProviders.contractAll(jdbc);
    }

    @AfterEach
    void forgetProviders() {
        TestProviders.clear(jdbc);
    }

    static String month(LocalDate day) {
        return String.format("%02d-%d", day.getMonthValue(), day.getYear());
    }

    @Test
    void theB1RoutesHoursPerProviderAndMonthGoToDuoAsTotalsUntilTheExamsArePassed() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_UREN_BIJHOUDEN, TASK_EXAMENUITSLAG_VASTLEGGEN);

        driver.recordMonthHours(TASK_UREN_BIJHOUDEN, TestProviders.BOW, month(TODAY), 60, null);
        assertThat(outbox("UREN_TAAL_REGISTREREN")).containsExactly("{\"uren\":60}");
        driver.travelTo(TODAY.plusMonths(1), 9);
        driver.recordMonthHours(TASK_UREN_BIJHOUDEN, TestProviders.BOW_2, month(TODAY.plusMonths(1)), 70, null);
        driver.recordMonthHours(TASK_UREN_BIJHOUDEN, TestProviders.BOW, month(TODAY), 80, null);
        assertThat(outbox("UREN_TAAL_REGISTREREN")).containsExactly("{\"uren\":60}", "{\"uren\":130}", "{\"uren\":150}");
        assertThat(duo.person(bsn).uren.get(HOORN_DUO).taalles).as("DUO holds the gemeente's total").isEqualTo(150);
        assertThatThrownBy(() -> driver.recordMonthHours(TASK_UREN_BIJHOUDEN, TestProviders.BOW, month(TODAY), 50, null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("niet lager");
        assertThat(outbox("UREN_TAAL_REGISTREREN")).hasSize(3);

        driver.passExams("B1");
        assertThat(schakel4()).hasPassed(END_EVENT_EXAMENS_BEHAALD).isNotWaitingAt(TASK_UREN_BIJHOUDEN);
    }

    @Test
    void theOnderwijsroutesHoursAtATaalschakelinstellingGoToDuoUntilTheTrajectEnds() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "ONDERWIJSROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_UREN_BIJHOUDEN, TASK_TAALSCHAKELTRAJECT_STARTEN);

        driver.recordMonthHours(TASK_UREN_BIJHOUDEN, TestProviders.TST, month(TODAY), 90, null);

        // ParticipatieAlsTaalles: "Voor de onderwijsroute zijn dit alles lesuren, dus inclusief deficiente vakken."
        assertThat(outbox("UREN_TAAL_REGISTREREN")).containsExactly("{\"uren\":90}");
        assertThat(duo.person(bsn).uren.get(HOORN_DUO).taalles).isEqualTo(90);
        driver.consulent(TASK_TAALSCHAKELTRAJECT_STARTEN, "taalschakelStartdatum", TODAY.toString(),
                "taalschakelOnderwijsinstelling", "Hogeschool Inholland");
        driver.consulent(TASK_TAALSCHAKELTRAJECT_AFRONDEN, "taalschakelEinddatum", TODAY.toString(),
                "taalschakelUitstroom", "HBO", "taalschakelOpleiding", "Verpleegkunde");
        assertThat(schakel4()).hasPassed(END_EVENT_TAALSCHAKELTRAJECT_AFGEROND).isNotWaitingAt(TASK_UREN_BIJHOUDEN);
    }

    @Test
    void theZRoutesHoursAndTheBredeIntakesHoursReachDuoWithTheRightTotals() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        driver.withIntakeHours(30);
        driver.completeBredeIntakeEnPip("Z_ROUTE");

        assertThat(outbox("UREN_BREDE_INTAKE_REGISTREREN")).containsExactly("{\"uren\":30}");
        assertThat(schakel4()).hasPassed(END_EVENT_UREN_IN_ZROUTE).isWaitingAt(TASK_UREN_REGISTREREN)
                .isNotWaitingAt(TASK_UREN_BIJHOUDEN);
        driver.recordMonthHours(TASK_UREN_REGISTREREN, TestProviders.BOW, month(TODAY), 100, 50L);

        assertThat(outbox("UREN_TAAL_REGISTREREN")).as("the brede intake's hours do not count here")
                .containsExactly("{\"uren\":100}");
        assertThat(outbox("UREN_PARTICIPATIE_REGISTREREN")).as("Besluit art. 3.14: they count here")
                .containsExactly("{\"uren\":80}");
        var atDuo = duo.person(bsn).uren.get(HOORN_DUO);
        assertThat(atDuo.taalles).isEqualTo(100);
        assertThat(atDuo.participatie).isEqualTo(80);
        assertThat(atDuo.taalBredeIntake).isEqualTo(30);
        assertThat(duo.journal()).filteredOn(r -> r.operation() == DuoOperation.UREN_BREDE_INTAKE_REGISTREREN)
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(200));
    }

    /** Read back: GET uren beside the case's own hours, compared in words for the consulent. */
    @Test
    void theConsulentSeesDuosTotalsBesideTheCasesInWords() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        driver.withIntakeHours(30);
        driver.completeBredeIntakeEnPip("Z_ROUTE");
        driver.recordMonthHours(TASK_UREN_REGISTREREN, TestProviders.BOW, month(TODAY), 100, 50L);
        String path = "/api/zaken/" + driver.caseNumber() + "/uren";

        var same = getJson("consulent", path);
        assertThat(same.at("/perAanbiederEnMaand/0/aanbieder").asText()).isEqualTo(TestProviders.BOW);
        assertThat(same.at("/perAanbiederEnMaand/0/urenTaalKnm").asInt()).isEqualTo(100);
        assertThat(same.at("/totalenVoorDuo/participatie").asInt()).isEqualTo(80);
        assertThat(same.at("/bijDuo/status").asText()).isEqualTo("OPGEVRAAGD");
        assertThat(same.at("/bijDuo/gemeenten/0/taallesEnKnm").asInt()).isEqualTo(100);
        assertThat(same.path("vergelijking").toString()).contains("taalles en KNM van de leerroute: gelijk, 100 uur")
                .contains("participatie (met de brede intake): gelijk, 80 uur")
                .contains("tijdens de brede intake: gelijk, 30 uur");

        duo.person(bsn).uren.get(HOORN_DUO).taalles = 90;
        assertThat(getJson("consulent", path).path("vergelijking").get(0).asText())
                .startsWith("Uren taalles en KNM van de leerroute: de zaak heeft 100 uur, DUO 90 uur");
        assertThat(rest.withBasicAuth("consulenthogeland", "demo").getForEntity(path, String.class).getStatusCode().value())
                .as("another gemeente's case is not found").isEqualTo(404);
    }

    @Test
    void duoRefusingTheBredeIntakesHoursIsAnIncidentAndTheIntakeWaits() {
        duo.person(bsn).plichtig = false;
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        driver.withIntakeHours(12);
        assertThatThrownBy(() -> driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR)).hasMessageContaining("HTTP 400");

        var incident = engine.getRuntimeService().createIncidentQuery()
                .activityId(BredeIntakeEnPipProcess.SERVICE_TASK_UREN_BREDE_INTAKE_MELDEN).list().stream()
                .filter(found -> engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(found.getProcessInstanceId()).processInstanceBusinessKey(driver.caseNumber())
                        .count() == 1).findFirst();
        assertThat(incident).as("DUO's 400 'Fout verzoek' stops the step at once").isPresent();
        assertThat(incident.get().getIncidentMessage()).contains("Uren brede intake registreren");
        assertThat(driver.hasTask(BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_message WHERE case_id = ? AND status = 'AFGEWEZEN'")
                .param(aCase().id()).query(Long.class).single()).isEqualTo(1);
        assertThat(duo.person(bsn).uren).isEmpty();
    }
}
