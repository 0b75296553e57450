package nl.inburgeringsregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineService;
import nl.inburgeringsregie.termijn.NormBreach;
import nl.inburgeringsregie.zaak.CaseRepository;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.MilestoneRepository;
import nl.inburgeringsregie.zaak.RecordedMilestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * A scenario test: cases driven through the real engine in the one shared application ({@link IntegrationTest}),
 * with BpmnAwareTests on that engine and the engine clock put back after each test. {@link #driver} is the case
 * the test drives; the helpers read what was recorded of it.
 */
@IntegrationTest
public abstract class ScenarioTest {

    protected static final LocalDate TODAY = TestDates.today();
    /** The BRP registration the cases start from. */
    protected static final LocalDate BRP = TODAY.minusDays(2);

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected AanmeldingService aanmeldingen;
    @Autowired
    protected CaseRepository cases;
    @Autowired
    protected MilestoneRepository milestones;
    @Autowired
    protected DeadlineService deadlines;
    @Autowired
    protected PipService pips;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected ObjectMapper json;

    protected CaseRecords records;
    protected CaseDriver driver;

    @BeforeEach
    void initScenario() {
        BpmnAwareTests.init(engine);
        records = new CaseRecords(cases, milestones, jdbc);
    }

    @AfterEach
    void resetClock() {
        CaseDriver.resetClock();
        BpmnAwareTests.reset();
    }

    /** Registers a case (the driver of the test), hands it over (BRP as {@link #BRP}, no bijstand), approves its PIP. */
    protected void toSchakel4(AanmeldingRequest request, String route) {
        driver = CaseDriver.register(engine, aanmeldingen, request);
        driver.completeWarmeOverdracht(BRP, false);
        driver.completeBredeIntakeEnPip(route);
    }

    /**
     * Registers a gezinsmigrant (the driver of the test) whose BRP registration the consulent records today, then
     * moves the clock eleven weeks on, to 09:00: the PIP, due ten weeks after the BRP date, is a week late.
     *
     * @return the BRP date
     */
    protected LocalDate aGezinsmigrantWhosePipIsAWeekLate() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        LocalDate brp = TestDates.today();
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", brp.toString());
        driver.runAsyncSteps();
        driver.travelTo(brp.plusWeeks(11), 9);
        return brp;
    }

    /** The JSON the application answers to a GET as the demo user; the answer must be 200. */
    /**
     * Sends as the user would from a /regie page: the session's CSRF token from GET /api/regie/keuzes in its header,
     * with the session cookie, so a refusal is the role's, not a missing token's. A user who may not read the choices
     * sends without them (and is refused either way). {@code body} is written as JSON unless it is a String already.
     */
    protected org.springframework.http.ResponseEntity<String> sendAsPage(String user, org.springframework.http.HttpMethod method,
            String path, Object body) throws Exception {
        return RegiePage.send(rest.withBasicAuth(user, "demo"), json, method, path, body);
    }

    protected JsonNode getJson(String user, String path) throws Exception {
        var answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    protected ProcessInstance schakel4() {
        return driver.instance(InburgerenProcess.PROCESS_ID);
    }

    protected IntegrationCase aCase() {
        return records.caseOf(driver.caseNumber());
    }

    protected Map<Milestone, RecordedMilestone> recorded() {
        return records.milestones(driver.caseNumber());
    }

    protected List<String> outbox(String operation) {
        return records.outbox(driver.caseNumber(), operation);
    }

    /** The contents of the case's reports of the kind, oldest first. */
    protected List<String> report(String kind) {
        return records.reports(driver.caseNumber(), kind);
    }

    /** The open deadline of the norm. */
    protected Deadline deadline(Norm norm) {
        return deadlines.findOpen(driver.caseNumber(), norm).orElseThrow();
    }

    /** The one breach of the norm. */
    protected NormBreach breach(Norm norm) {
        var breaches = deadlines.findBreaches(driver.caseNumber()).stream().filter(b -> b.norm() == norm).toList();
        assertThat(breaches).as("breaches of %s", norm).hasSize(1);
        return breaches.get(0);
    }

    protected static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** A date as the task forms show it. */
    protected static String dutch(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    protected static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(CaseDriver.NL).toInstant());
    }
}
