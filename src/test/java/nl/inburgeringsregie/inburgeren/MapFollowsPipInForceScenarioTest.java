package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * Whether MAP applies follows the PIP in force, at every change. DOMAIN.md: "MAP applies to the B1-route and the
 * Z-route, not the onderwijsroute; PVT to every Wi2021 route. Both follow the PIP in force, so a route change can add
 * or remove them." (issue 18, error 2). PVT applies to every Wi2021 route, so a route change never adds or removes it.
 */
class MapFollowsPipInForceScenarioTest extends ScenarioTest {

    @Test
    void aSwitchFromTheOnderwijsrouteToTheB1RouteCreatesTheMapTask() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "ONDERWIJSROUTE");
        assertThat(schakel4()).isNotWaitingAt(TASK_EINDGESPREK_MAP);
        changeRouteTo("B1_ROUTE", "Taalschakeltraject past niet; B1-route");
        assertThat(schakel4()).isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN, TASK_EINDGESPREK_MAP, TASK_PVT_VASTLEGGEN);
    }

    @Test
    void aSwitchFromTheB1RouteToTheOnderwijsrouteRemovesTheOpenMapTask() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_EINDGESPREK_MAP);
        changeRouteTo("ONDERWIJSROUTE", "Kan door naar het hbo; onderwijsroute");
        assertThat(schakel4()).isWaitingAt(TASK_TAALSCHAKELTRAJECT_STARTEN, TASK_PVT_VASTLEGGEN)
                .isNotWaitingAt(TASK_EINDGESPREK_MAP);
    }

    @Test
    void aSwitchBetweenRoutesWithMapKeepsOneOpenMapTask() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        changeRouteTo("Z_ROUTE", "Leert te langzaam voor B1");
        assertThat(schakel4()).isWaitingAt(TASK_UREN_REGISTREREN, TASK_EINDGESPREK_MAP);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(schakel4().getId())
                .taskDefinitionKey(TASK_EINDGESPREK_MAP).count()).isEqualTo(1);
    }

    @Test
    void aMapAlreadyRecordedIsNotAskedAgainAfterARouteSwitch() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.travelTo(TODAY.plusDays(1), 8);
        driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", TODAY.plusDays(1).toString(), "mapVerwijtbaarTeLaat", "nee");
        driver.runAsyncSteps();
        changeRouteTo("ONDERWIJSROUTE", "Kan door naar het hbo; onderwijsroute");
        changeRouteTo("Z_ROUTE", "Toch de Z-route");
        assertThat(schakel4()).isWaitingAt(TASK_UREN_REGISTREREN).isNotWaitingAt(TASK_EINDGESPREK_MAP);
    }

    private void changeRouteTo(String route, String reason) {
        driver.holdProgressTalk("ja", "nee", null);
        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", route, "nieuweMapAanbieder", "Stichting MAP Noord",
                "wijzigingReden", reason);
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening",
                CaseDriver.today().toString());
        driver.runAsyncSteps();
    }
}
