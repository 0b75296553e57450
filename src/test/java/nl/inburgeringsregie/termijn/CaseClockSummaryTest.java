package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.LockWaits;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.ClosureReason;

/**
 * Each case's next clock on the case (issue 22, point 4; Mijn zaken reads it): after every change to the case's open
 * norms or pauses, through the services that make them, it equals what the open norms themselves say — the earliest
 * due day of those that run (not paused: PausedClocks), and how many stand still.
 */
@IntegrationTest
class CaseClockSummaryTest {

    private static final LocalDate TODAY = TestDates.today();

    @Autowired
    DeadlineService deadlines;
    @Autowired
    CaseFileService caseFile;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void theNextClockFollowsEveryChangeToTheNormsAndPauses() {
        var data = new RegieData(jdbc);
        long caseId = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        data.milestone(caseId, "BRP_REGISTERED", TODAY.minusWeeks(2));
        String number = data.caseNumber(caseId);
        assertThat(summary(caseId)).as("no clock yet").isEqualTo(new Summary(null, 0));

        var pip = deadlines.open(number, Norm.PIP);
        assertSummary(caseId, new Summary(pip.dueOn(), 0));
        var intake = deadlines.open(number, Norm.BREDE_INTAKE);
        LocalDate first = intake.dueOn().isBefore(pip.dueOn()) ? intake.dueOn() : pip.dueOn();
        assertSummary(caseId, new Summary(first, 0));

        caseFile.pauseNorm(number, "PIP", TODAY, "ZIEKTE", "Opgenomen", "coordinator");
        assertSummary(caseId, new Summary(intake.dueOn(), 1));

        deadlines.meet(number, Norm.BREDE_INTAKE);
        assertSummary(caseId, new Summary(null, 1));

        caseFile.endNormPause(number, "PIP", TODAY, "coordinator");
        assertSummary(caseId, new Summary(pip.dueOn(), 0));

        caseFile.suspend(number, TODAY.minusDays(10), "SS109");
        assertSummary(caseId, new Summary(null, 1));

        caseFile.endSuspension(number, TODAY, "SS130");
        assertSummary(caseId, new Summary(pip.dueOn(), 0));
        deadlines.recalculate(number);
        LocalDate moved = deadlines.findOpen(number, Norm.PIP).orElseThrow().dueOn();
        assertThat(moved).as("the PIP's clock moved by the suspension").isAfter(pip.dueOn());
        assertSummary(caseId, new Summary(moved, 0));

        deadlines.keyDatesWithdrawn(number, Set.of("BRP_REGISTERED"));
        assertSummary(caseId, new Summary(null, 0));

        deadlines.open(number, Norm.PIP);
        assertThat(summary(caseId).nextDueOn()).as("a clock runs again").isNotNull();
        caseFile.close(number, ClosureReason.VERHUISD, "Naar GM0363");
        assertSummary(caseId, new Summary(null, 0));
    }

    @Test
    void aCasesNextClockIsItsOwn() {
        var data = new RegieData(jdbc);
        long one = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        long other = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        data.milestone(one, "BRP_REGISTERED", TODAY.minusWeeks(2));
        data.milestone(other, "BRP_REGISTERED", TODAY.minusWeeks(1));

        deadlines.open(data.caseNumber(one), Norm.PIP);
        var others = deadlines.open(data.caseNumber(other), Norm.PIP);
        caseFile.suspend(data.caseNumber(one), TODAY, "SS109");

        assertSummary(one, new Summary(null, 1));
        assertSummary(other, new Summary(others.dueOn(), 0));
    }

    /**
     * Two transactions change the same case at once: the clock opens a norm (and holds the case's row until it
     * commits) while DUO's temporary exemption suspends the case. The suspension's summary waits for the norm's
     * transaction and then counts its norm too: the PIP stands still (PostgreSQL computed it from before the other's
     * commit when the UPDATE itself waited for the row, READ COMMITTED).
     */
    @Test
    void aSummaryWrittenWhileAnotherTransactionChangesTheCaseCountsItsChange() throws Exception {
        var data = new RegieData(jdbc);
        long caseId = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        data.milestone(caseId, "BRP_REGISTERED", TODAY.minusWeeks(2));
        String number = data.caseNumber(caseId);
        var transaction = new TransactionTemplate(transactions);
        var executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> suspension = transaction.execute(status -> {
                deadlines.open(number, Norm.PIP);
                var started = executor.submit(() -> caseFile.suspend(number, TODAY, "SS109"));
                LockWaits.awaitBlockedSession(dataSource);
                return started;
            });
            suspension.get(30, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
        assertSummary(caseId, new Summary(null, 1));
    }

    private record Summary(LocalDate nextDueOn, int pausedClocks) {
    }

    private void assertSummary(long caseId, Summary expected) {
        assertThat(summary(caseId)).isEqualTo(expected).isEqualTo(fromTheNorms(caseId));
    }

    private Summary summary(long caseId) {
        return jdbc.sql("SELECT next_due_on, paused_clocks FROM integration_case WHERE id = ?").param(caseId)
                .query((row, n) -> new Summary(row.getObject("next_due_on", LocalDate.class), row.getInt("paused_clocks")))
                .single();
    }

    /** The oracle: the open norms grouped, as Mijn zaken did before the summary. */
    private Summary fromTheNorms(long caseId) {
        String paused = PausedClocks.pausedSql("d.case_id");
        return jdbc.sql("""
                SELECT MIN(CASE WHEN NOT %1$s THEN d.due_on END) AS next_due,
                       COALESCE(SUM(CASE WHEN %1$s THEN 1 ELSE 0 END), 0) AS paused
                FROM case_deadline d WHERE d.case_id = ? AND d.status = 'OPEN'""".formatted(paused))
                .param(caseId)
                .query((row, n) -> new Summary(row.getObject("next_due", LocalDate.class), row.getInt("paused")))
                .single();
    }
}
