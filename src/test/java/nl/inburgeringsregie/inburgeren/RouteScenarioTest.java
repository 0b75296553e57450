package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.afronding.Outflow;
import nl.inburgeringsregie.afronding.OutflowService;
import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Schakel 4 along each route with clock travel: the B1-route with exams from DUO and the consulent through to
 * completion and after-care, the Z-route with hours and the eindgesprek after MAP and PVT, the onderwijsroute
 * with the taalschakeltraject.
 */
class RouteScenarioTest extends ScenarioTest {

    @Autowired
    OutflowService outflow;

    private void zRouteTalk() {
        driver.consulent(TASK_EINDGESPREK_ZROUTE, "zrouteEindgesprekDatum", CaseDriver.today().toString(), "zrouteVerslagAanbieder",
                "Zelfredzaam in winkel en bij de huisarts");
    }

    /** Persona 3 (Syrian doctor): the B1-route from the PIP to completion and after-care, three years and more. */
    @Test
    void b1RouteFromPipToCompletionAndAfterCare() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN, TASK_EINDGESPREK_MAP, TASK_PVT_VASTLEGGEN);
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).isEqualTo(TODAY.plusMonths(6));
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).as("three years from the day after the PIP")
                .isEqualTo(TODAY.plusYears(3));

        // exam results: two from DUO (SS199), three entered by the consulent
        driver.correlate(MESSAGE_DUO_EXAMENUITSLAG, "examenOnderdeel", "LE", "examenNiveau", "B1", "examenDatum", TODAY.toString(),
                "examenResultaat", "Geslaagd");
        driver.correlate(MESSAGE_DUO_EXAMENUITSLAG, "examenOnderdeel", "LU", "examenNiveau", "A2", "examenDatum", TODAY.toString(),
                "examenResultaat", "Geslaagd");
        assertThat(schakel4()).as("A2 is below the PIP's B1").isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN);
        for (String part : List.of("LU", "SC", "SP")) {
            driver.recordExam(part, "B1", "Geslaagd");
        }
        assertThat(schakel4()).isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN);
        driver.recordExam("KNM", null, "Geslaagd");
        assertThat(schakel4()).hasPassed(END_EVENT_EXAMENS_BEHAALD);
        assertThat(recorded()).containsKey(Milestone.EXAMS_PASSED);

        // MAP and PVT, their dates to DUO: not before the term starts (the day after the PIP), and within
        // the term without "verwijtbaar" (DUO's rule)
        assertThatThrownBy(() -> driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", TODAY.toString(),
                "mapVerwijtbaarTeLaat", "nee")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("vóór de start van de inburgeringstermijn ("
                        + nl.inburgeringsregie.shared.DutchDate.format(TODAY.plusDays(1)) + ")");
        LocalDate termStart = TODAY.plusDays(1);
        driver.travelTo(termStart, 8);
        driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", termStart.toString(), "mapVerwijtbaarTeLaat", "nee");
        driver.consulent(TASK_PVT_VASTLEGGEN, "pvtUren", 14L, "pvtOndertekendOp", termStart.toString(), "pvtVerwijtbaarTeLaat", "nee");
        driver.runAsyncSteps();
        assertThat(outbox("MAP_REGISTREREN")).singleElement().asString()
                .contains("\"datumEindgesprekMap\":\"" + termStart + "\"").doesNotContain("verwijtbaar");
        assertThat(outbox("PVT_REGISTREREN")).singleElement().asString().contains("\"datumOndertekeningPvt\"");

        // progress talk 1: reminder two weeks ahead, held in time
        driver.travelTo(TODAY.plusMonths(6).minusWeeks(2), 8);
        assertThat(driver.hasTask(InburgerenProcess.TASK_HERINNERING_VOORTGANGSGESPREK)).isTrue();
        driver.holdProgressTalk("nee", "nee", null);
        assertThat(report("VOORTGANGSGESPREK")).as("the talk's report in the case file")
                .singleElement().asString().contains("\"voortgangTaal\":\"Gaat goed\"")
                .contains("\"pipWijzigingNodig\":\"nee\"");
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("round 2: twelve months after the PIP")
                .isEqualTo(TODAY.plusMonths(12));
        // progress talk 2 is missed: breach recorded and escalated, then held a day late
        driver.travelTo(TODAY.plusMonths(12).plusDays(1), 8);
        assertThat(driver.hasTask(InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK)).isTrue();
        driver.holdProgressTalk("nee", "nee", null);
        var breach = deadlines.findBreaches(driver.caseNumber()).stream()
                .filter(b -> b.norm() == Norm.VOORTGANGSGESPREK).findFirst().orElseThrow();
        assertThat(breach.daysLate()).isEqualTo(1);

        // three months before the term ends the consulent is reminded
        driver.travelTo(TODAY.plusYears(3).minusMonths(3), 8);
        assertThat(driver.hasTask(InburgerenProcess.TASK_HERINNERING_INBURGERINGSTERMIJN)).isTrue();

        // DUO: diploma (SS106) → completion → after-care until five years after housing [seed 004, stap 5:
        // "De statushouder blijft in Het Hogeland tot vijf jaar na huisvesting statushouder"], not after BRP
        driver.correlate(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "duoGebeurtenis", "SS106", "duoBesluitDatum",
                CaseDriver.today().toString());
        assertThat(driver.instance(PROCESS_ID)).as("schakel 4 ended by DUO's decision").isNull();
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.INBURGERINGSTERMIJN).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.VOORTGANGSGESPREK).orElseThrow().status())
                .isEqualTo(DeadlineStatus.CANCELLED);
        driver.consulent(AfrondenEnNazorgProcess.TASK_INBURGERING_AFRONDEN, "uitstroom", "BETAALD_WERK", "uitstroomToelichting", "Arts in opleiding");
        assertThat(driver.instance(AfrondenEnNazorgProcess.PROCESS_ID)).isWaitingAt(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT);
        LocalDate housed = recorded().get(Milestone.HOUSING_ALLOCATED).occurredOn();
        assertThat(housed).isBefore(BRP);
        assertThat(deadline(Norm.NAZORG).dueOn()).as("five years after housing").isEqualTo(housed.plusYears(5));
        assertThat(driver.timer(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT).getDuedate().toInstant())
                .isEqualTo(housed.plusYears(5).minusMonths(1).atTime(7, 0).atZone(CaseDriver.NL).toInstant());
        driver.travelTo(housed.plusYears(5).minusMonths(1), 8);
        driver.consulent(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN, "uitstroom", "BETAALD_WERK");
        assertThat(driver.main()).isNull();
        IntegrationCase closed = aCase();
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.closedReason()).isEqualTo(ClosureReason.DIPLOMA);
        assertThat(outflow.findByCase(driver.caseNumber())).extracting(OutflowService.Recorded::moment)
                .containsExactly(Outflow.Moment.AFRONDING, Outflow.Moment.EINDE_NAZORG);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.NAZORG).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
    }

    /** Persona 1 (Eritrean woman, illiterate): the Z-route's hours, then the eindgesprek after MAP and PVT. */
    @Test
    void zRouteNeedsBothHourTotalsAndMapAndPvtBeforeTheEindgesprek() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "Z_ROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_UREN_REGISTREREN);
        driver.recordHours(500, 300);
        driver.runAsyncSteps();
        assertThat(outbox("UREN_TAAL_REGISTREREN")).singleElement().asString().contains("\"uren\":500");
        assertThatThrownBy(() -> driver.recordHours(450, 300)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("niet lager");
        driver.recordHours(820, 700);
        assertThat(schakel4()).as("an asielmigrant also needs 800 hours of participation").isWaitingAt(TASK_UREN_REGISTREREN);
        driver.recordHours(820, 810);
        driver.runAsyncSteps();
        assertThat(schakel4()).isWaitingAt(TASK_EINDGESPREK_ZROUTE);
        assertThatThrownBy(() -> zRouteTalk()).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("eindgesprek MAP");
        driver.travelTo(TODAY.plusDays(1), 8);
        // within the term 'verwijtbaar te laat' is refused (DUO README, MAP, lines 114 and 116: MapCulpabilityScenarioTest)
        driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", TODAY.plusDays(1).toString(), "mapVerwijtbaarTeLaat", "nee");
        driver.consulent(TASK_PVT_VASTLEGGEN, "pvtUren", 12L, "pvtOndertekendOp", TODAY.plusDays(1).toString(), "pvtVerwijtbaarTeLaat", "nee");
        zRouteTalk();
        driver.runAsyncSteps();
        assertThat(schakel4()).hasPassed(END_EVENT_ZROUTE_AFGEROND);
        assertThat(report("EINDGESPREK_Z_ROUTE")).singleElement().asString()
                .contains("Zelfredzaam in winkel en bij de huisarts");
        assertThat(outbox("ZROUTE_REGISTREREN")).singleElement().asString()
                .contains("\"datumAfrondingZroute\":\"" + TODAY.plusDays(1) + "\"");
        assertThat(outbox("MAP_REGISTREREN")).singleElement().asString()
                .as("within the term DUO takes no 'verwijtbaar'").doesNotContain("verwijtbaar");
    }

    /** Persona 6 (young Eritrean man): the onderwijsroute has no MAP and ends with outflow to education. */
    @Test
    void onderwijsrouteHasNoMapAndRecordsTheOutflowToEducation() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "ONDERWIJSROUTE");
        assertThat(schakel4()).hasPassed(END_EVENT_GEEN_MAP).isWaitingAt(TASK_TAALSCHAKELTRAJECT_STARTEN, TASK_PVT_VASTLEGGEN);
        driver.consulent(TASK_TAALSCHAKELTRAJECT_STARTEN, "taalschakelStartdatum", TODAY.toString(), "taalschakelOnderwijsinstelling",
                "Hogeschool Inholland");
        driver.travelTo(TODAY.plusMonths(18), 8);
        assertThatThrownBy(() -> driver.consulent(TASK_TAALSCHAKELTRAJECT_AFRONDEN, "taalschakelEinddatum",
                CaseDriver.today().toString(), "taalschakelUitstroom", "HBO"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("vervolgopleiding");
        driver.consulent(TASK_TAALSCHAKELTRAJECT_AFRONDEN, "taalschakelEinddatum", CaseDriver.today().toString(),
                "taalschakelUitstroom", "HBO", "taalschakelOpleiding", "Verpleegkunde");
        assertThat(recorded().get(Milestone.TAALSCHAKEL_ENDED).note()).isEqualTo("HBO: Verpleegkunde");
    }
}
