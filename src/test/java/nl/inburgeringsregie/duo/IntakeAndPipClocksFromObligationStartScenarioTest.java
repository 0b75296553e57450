package nl.inburgeringsregie.duo;

import static nl.inburgeringsregie.termijn.Clocks.breachTimer;
import static nl.inburgeringsregie.termijn.Clocks.escalationTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTimer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.termijn.NormBreach;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The intake and PIP clocks never start before the obligation does. DOMAIN.md ("Rules that are easy to
 * misread"): "The clocks for brede intake and PIP count from the latest of: BRP registration, DUO's SS139
 * (where the gemeente follows Besluit art. 5.3) and the start of the obligation." Someone long in the
 * Netherlands and only now obliged (DUO's Gebeurtenissen.md, SS101: "Inburgeringsplichtige is al langer in
 * Nederland en heeft nu pas een Inburgeringsplichtig verblijfsrecht"; SS129: the temporary exemption withdrawn)
 * has a BRP date years old; the start is DUO's {@code begindatum} (API/Inburgeringsplicht/openapi.yml,
 * Inburgeringsplicht.begindatum), read after the notification. Clocks moved, never waited for.
 */
class IntakeAndPipClocksFromObligationStartScenarioTest extends SimulatedDuoScenarioTest {

    @BeforeEach
    void aGezinsmigrant() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
    }

    @Test
    void anSs101CaseRegisteredInTheBrpTwoYearsAgoOpensNotInBreachWithItsIntakeFourWeeksAfterTheObligationStarts() {
        LocalDate obliged = TODAY.minusDays(3);
        duo.person(bsn).plichtBegin = obliged;
        notifications.send(Aanmeldingen.HOORN, bsn, "SS101");
        CaseDriver.processDuoNotifications(engine);
        assertThat(recorded().get(Milestone.OBLIGATION_STARTED).occurredOn()).as("read from DUO").isEqualTo(obliged);

        LocalDate brp = TODAY.minusYears(2);
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", brp.toString());
        driver.runAsyncSteps();
        driver.travelTo(TODAY.plusDays(1), 9);

        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).as("four weeks after the obligation's start, not the BRP date")
                .isEqualTo(obliged.plusWeeks(4));
        assertThat(deadline(Norm.PIP).dueOn()).as("ten weeks after the obligation's start").isEqualTo(obliged.plusWeeks(10));
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("not in breach when it opens").isEmpty();
        assertThat(driver.hasTask(escalationTask("BREDE_INTAKE"))).isFalse();
        assertThat(driver.hasTask(escalationTask("PIP"))).isFalse();

        driver.travelTo(obliged.plusWeeks(4).plusDays(1), 9);
        assertThat(deadlines.findBreaches(driver.caseNumber())).extracting(NormBreach::norm)
                .as("the intake clock runs from the obligation's start").containsExactly(Norm.BREDE_INTAKE);
    }

    @Test
    void theObligationsStartArrivingAfterTheBrpRegistrationMovesTheIntakeAndPipDeadlinesAndTheirTimers() {
        LocalDate brp = TODAY.minusDays(10);
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", brp.toString());
        driver.runAsyncSteps();
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).as("from the BRP while DUO's start is unknown")
                .isEqualTo(brp.plusWeeks(4));

        LocalDate obliged = TODAY.minusDays(1);
        duo.person(bsn).plichtBegin = obliged;
        notifications.send(Aanmeldingen.HOORN, bsn, "SS129");
        CaseDriver.processDuoNotifications(engine);

        assertThat(recorded().get(Milestone.OBLIGATION_STARTED).occurredOn()).isEqualTo(obliged);
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(obliged.plusWeeks(4));
        assertThat(deadline(Norm.PIP).dueOn()).isEqualTo(obliged.plusWeeks(10));
        assertThat(driver.timer(breachTimer("BREDE_INTAKE")).getDuedate()).isEqualTo(at(obliged.plusWeeks(4).plusDays(1), 0));
        assertThat(driver.timer(breachTimer("PIP")).getDuedate()).isEqualTo(at(obliged.plusWeeks(10).plusDays(1), 0));
        assertThat(driver.timer(reminderTimer("PIP")).getDuedate()).isEqualTo(at(obliged.plusWeeks(9), 7));

        driver.travelTo(brp.plusWeeks(4).plusDays(1), 9);
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("the old due day passes without a breach").isEmpty();
    }
}
