package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * DUO is the registrar of the inburgeringstermijn [issue 18, error 5]. DOMAIN.md: "DUO registers the term (SS102,
 * extensions SS103/SS104): where DUO's dates differ from ours, DUO's stand, and the difference is shown to the
 * coordinator." DUO's Gebeurtenissen.md lists SS102 "Inburgeringstermijn gestart" with the Inburgeringstermijn
 * API (startdatum, einddatum), read here from DUO's simulator.
 */
class DuoRegistersTheTermScenarioTest extends SimulatedDuoScenarioTest {

    @Test
    void ss102WithOtherDatesThanThePipApprovalComputedMovesTheTermAndItsClockAndShowsTheDifference() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        duo.person(bsn).plichtBegin = TODAY.minusDays(2);
        duo.person(bsn).doelgroep = "Asielstatushouder";
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS139").status()).isEqualTo(201);
        runNotifications();
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        driver.runAsyncSteps();
        LocalDate ourStart = aCase().termStartsOn();
        LocalDate ourEnd = aCase().termEndsOn();
        assertThat(ourStart).as("the PIP approval computed the term").isNotNull();
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).isEqualTo(ourEnd);

        // DUO registered the term two weeks later than we computed it
        LocalDate duoStart = ourStart.plusWeeks(2);
        LocalDate duoEnd = duoStart.plusYears(3).minusDays(1);
        duo.person(bsn).termijnStart = duoStart;
        duo.person(bsn).termijnEinde = duoEnd;
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS102").status()).isEqualTo(201);
        runNotifications();

        String difference = "Termijn volgens DUO: " + dutch(duoStart) + " t/m " + dutch(duoEnd) + " (eigen berekening: "
                + dutch(ourStart) + " t/m " + dutch(ourEnd) + ")";
        assertThat(aCase().termStartsOn()).as("DUO's start stands").isEqualTo(duoStart);
        assertThat(aCase().termEndsOn()).as("DUO's end stands").isEqualTo(duoEnd);
        assertThat(recorded().get(Milestone.TERM_STARTED).occurredOn()).isEqualTo(duoStart);
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).as("the term's deadline follows DUO").isEqualTo(duoEnd);
        assertThat(driver.timer(InburgerenProcess.TIMER_START_VERLOPEN_INBURGERINGSTERMIJN).getDuedate().toInstant())
                .as("and so does its timer").isEqualTo(duoEnd.plusDays(1).atStartOfDay(CaseDriver.NL).toInstant());
        assertThat(jdbc.sql("SELECT status || ': ' || COALESCE(outcome, '') FROM inbound_message WHERE case_id = ?")
                .param(aCase().id()).query(String.class).list())
                .as("SS102 processed, with the difference in words").contains("VERWERKT: " + difference);

        JsonNode zaak = getJson("coordinator", "/api/regie/zaken/" + driver.caseNumber());
        assertThat(zaak.path("termijnStart").asText()).isEqualTo(duoStart.toString());
        assertThat(zaak.path("termijnEinde").asText()).isEqualTo(duoEnd.toString());
        assertThat(zaak.path("tijdlijn").findValuesAsText("toelichting")).as("the coordinator sees the difference")
                .contains(difference);
    }

    private void runNotifications() {
        CaseDriver.processDuoNotifications(engine);
        driver.runAsyncSteps();
    }
}
