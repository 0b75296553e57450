package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * SS117/SS119 reduce the exam parts to pass [issue 18, error 15]. DUO's Gebeurtenissen.md, "Verzoeken inburgeraar":
 * SS117 "Verzoek gedeeltelijke vrijstelling toegekend" (relevant: Vrijstelling API, Examenresultaten) and SS119 "Verzoek
 * gedeeltelijke ontheffing toegekend" (Examenresultaten; the Ontheffing API's GedeeltelijkeOntheffing names the part). A
 * part DUO exempted is no longer to pass on the B1-route; the reads are served by DUO's simulator, checked against the
 * Vrijstelling and Ontheffing OpenAPI files.
 */
class PartialExemptionScenarioTest extends SimulatedDuoScenarioTest {

    @Test
    void aPartExemptedBySs117OrSs119IsNoLongerToPassAndTheRouteEndsWithoutIt() throws Exception {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        driver.runAsyncSteps();
        assertThat(driver.task(InburgerenProcess.TASK_EXAMENUITSLAG_VASTLEGGEN)).isNotNull();
        assertThat(openParts()).contains("Lezen (LE)", "Kennis van de Nederlandse Maatschappij (KNM)");

        // SS117: DUO granted a gedeeltelijke vrijstelling for reading at B1 (Regeling inburgering art. 3.12)
        duo.person(bsn).vrijstellingen.add(Map.of("GedeeltelijkeVrijstelling", Map.of("reden", "GED", "oordeel",
                "Toekenning", "datumOordeel", TODAY.minusDays(3).toString(), "examenonderdeel", "LE", "examenniveau", "B1")));
        // a refused request changes nothing
        duo.person(bsn).vrijstellingen.add(Map.of("GedeeltelijkeVrijstelling", Map.of("reden", "GED", "oordeel",
                "Afwijzing", "datumOordeel", TODAY.minusDays(3).toString(), "examenonderdeel", "SP", "examenniveau", "B1")));
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS117").status()).isEqualTo(201);
        runNotifications();
        assertThat(recorded().get(Milestone.EXAM_PARTS_EXEMPTED).note()).isEqualTo("Niet meer te behalen: Lezen (LE): vrijstelling op B1");
        assertThat(recorded().get(Milestone.EXAM_PARTS_EXEMPTED).occurredOn()).isEqualTo(TODAY.minusDays(3));

        // SS119: DUO granted a gedeeltelijke ontheffing for KNM (medical)
        duo.person(bsn).ontheffingen.add(Map.of("GedeeltelijkeOntheffing", Map.of("oordeel", "Toekenning", "datumOordeel",
                TODAY.minusDays(1).toString(), "grond", "MED", "examenonderdeel", "KNM")));
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS119").status()).isEqualTo(201);
        runNotifications();
        assertThat(duo.journal()).filteredOn(received -> received.operation() == DuoOperation.VRIJSTELLINGEN_OPVRAGEN
                || received.operation() == DuoOperation.ONTHEFFINGEN_OPVRAGEN)
                .as("read from DUO, every request within DUO's specification").isNotEmpty()
                .allSatisfy(received -> assertThat(received.findings()).isEmpty());

        driver.recordExam("SP", "B1", "Geslaagd");
        assertThat(openParts()).doesNotContain("Lezen (LE)", "Kennis van de Nederlandse Maatschappij (KNM)")
                .contains("Luisteren (LU)", "Schrijven (SC)");
        driver.recordExam("LU", "B1", "Geslaagd");
        driver.recordExam("SC", "B1", "Geslaagd");

        assertThat(recorded()).as("reading and KNM exempted: three parts passed complete the exams")
                .containsKey(Milestone.EXAMS_PASSED);
        assertThat(schakel4()).hasPassed(InburgerenProcess.END_EVENT_EXAMENS_BEHAALD);
    }

    @Test
    void anOntheffingOfTheLastOpenPartCompletesTheExamsAtOnce() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        driver.runAsyncSteps();
        for (String part : java.util.List.of("LE", "LU", "SC")) {
            driver.recordExam(part, "B1", "Geslaagd");
        }
        driver.recordExam("KNM", null, "Geslaagd");
        assertThat(schakel4()).isWaitingAt(InburgerenProcess.TASK_EXAMENUITSLAG_VASTLEGGEN);

        // SS119: a gedeeltelijke ontheffing for speaking (bijzondere individuele omstandigheden)
        duo.person(bsn).ontheffingen.add(Map.of("GedeeltelijkeOntheffing", Map.of("oordeel", "Toekenning", "datumOordeel",
                TODAY.toString(), "grond", "BIO", "examenonderdeel", "SP")));
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS119").status()).isEqualTo(201);
        runNotifications();

        assertThat(schakel4()).hasPassed(InburgerenProcess.END_EVENT_EXAMENS_BEHAALD);
        assertThat(recorded()).containsKey(Milestone.EXAMS_PASSED);
        assertThat(driver.hasTask(InburgerenProcess.TASK_EXAMENUITSLAG_VASTLEGGEN)).isFalse();
    }

    private String openParts() {
        return (String) engine.getTaskService().getVariable(driver.task(InburgerenProcess.TASK_EXAMENUITSLAG_VASTLEGGEN).getId(),
                "openOnderdelen");
    }

    private void runNotifications() {
        nl.inburgeringsregie.support.CaseDriver.processDuoNotifications(engine);
        driver.runAsyncSteps();
    }
}
