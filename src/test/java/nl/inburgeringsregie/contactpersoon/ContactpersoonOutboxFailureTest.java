package nl.inburgeringsregie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.simulator.SimulatedContactpersonen;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The Contactpersoon outbox when DUO fails (issue 20, point 4; docs/design.md "Out, through the outbox"): an
 * unreachable DUO is retried on the engine-wide schedule and then becomes an incident, retried in Cockpit once DUO is
 * back; DUO's refusal is an incident at once (duo.process.RefusedByDuo), kept in the case's message record.
 */
class ContactpersoonOutboxFailureTest extends ContactpersoonScenarioSupport {

    @Test
    void anUnreachableDuoIsRetriedThenBecomesAnIncident() throws Exception {
        save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        deliverAll();
        faults.outage(bsn);
        try {
            driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
            driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                    TestDates.today().toString());
            Job job = single(jobsOf(caseMessages()));
            String instance = job.getProcessInstanceId();
            int attempts = 0;
            while (job.getRetries() > 0) {
                String id = job.getId();
                assertThatThrownBy(() -> engine.getManagementService().executeJob(id)).isNotNull();
                attempts++;
                job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
                if (job.getRetries() > 0) {
                    assertThat(job.getDuedate()).as("retried later, not at once").isNotNull();
                    CaseDriver.resetClock();
                    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(job.getDuedate());
                }
            }
            assertThat(attempts).as("the first attempt and the engine-wide retries").isEqualTo(7);
            var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).singleResult();
            assertThat(incident).as("an incident after the last retry").isNotNull();
            assertThat(incident.getIncidentMessage()).contains("Contactpersoon koppelen");
            assertThat(SimulatedContactpersonen.linkOf(bsn)).isEmpty();

            faults.clear(bsn);
            engine.getManagementService().setJobRetries(job.getId(), 1);
            engine.getManagementService().executeJob(job.getId());
            assertThat(SimulatedContactpersonen.linkOf(bsn)).as("linked after a retry in Cockpit").isPresent();
        } finally {
            faults.clear(bsn);
        }
    }
    @Test
    void duosRefusalIsAnIncidentAtOnceWithoutRetries() throws Exception {
        save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        deliverAll();
        faults.refuse(bsn, DuoOperation.CONTACTPERSOON_KOPPELEN);
        try {
            driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
            driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                    TestDates.today().toString());
            Job job = single(jobsOf(caseMessages()));
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasStackTraceContaining("DUO weigert 'Contactpersoon koppelen' (HTTP 403)");
            var incident = engine.getRuntimeService().createIncidentQuery()
                    .processInstanceId(job.getProcessInstanceId()).singleResult();
            assertThat(incident).as("an incident at once: the same message would be refused again").isNotNull();
            assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                    .isZero();
            assertThat(jdbc.sql("SELECT status FROM outbound_message WHERE case_id = ? AND operation = ?")
                    .params(aCase().id(), DuoOperation.CONTACTPERSOON_KOPPELEN.name()).query(String.class).list())
                    .containsExactly("AFGEWEZEN");
        } finally {
            faults.clear(bsn);
        }
    }
}
