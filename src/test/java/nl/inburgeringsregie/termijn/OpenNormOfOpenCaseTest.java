package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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
 * An open norm is always one of an open case (issue 22, point 4; termijn.CaseClockChanges): the deadline list, Mijn
 * zaken and the KPIs read the open norms without asking every case whether it is still open. A case's clocks stop when
 * it closes, whatever the reason; a norm opened or run again after the closure does not run; V33 stopped the norms
 * that earlier closures had left open.
 */
@IntegrationTest
class OpenNormOfOpenCaseTest {

    private static final LocalDate TODAY = TestDates.today();

    @Autowired
    DeadlineService deadlines;
    @Autowired
    DeadlineRepository repository;
    @Autowired
    CaseFileService caseFile;
    @Autowired
    NormClocks normClocks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseThatClosesStopsItsOpenNormsAndNoOtherCasesNorms() {
        var data = new RegieData(jdbc);
        long closing = caseWithBrpRegistration(data);
        long other = caseWithBrpRegistration(data);
        var pip = deadlines.open(data.caseNumber(closing), Norm.PIP);
        deadlines.open(data.caseNumber(closing), Norm.BREDE_INTAKE);
        deadlines.meet(data.caseNumber(closing), Norm.BREDE_INTAKE);
        deadlines.open(data.caseNumber(other), Norm.PIP);

        caseFile.close(data.caseNumber(closing), ClosureReason.VERHUISD, "Naar GM0363");

        assertThat(statuses(closing)).as("the open PIP stops; the brede intake stays met")
                .containsExactly("BREDE_INTAKE MET", "PIP CANCELLED");
        assertThat(jdbc.sql("SELECT closed_at IS NOT NULL FROM case_deadline WHERE id = ?").param(pip.id())
                .query(Boolean.class).single()).as("dated when it stopped").isTrue();
        assertThat(statuses(other)).as("another case's clock runs on").containsExactly("PIP OPEN");
    }

    @Test
    void aNormOpenedForAClosedCaseDoesNotRun() {
        var data = new RegieData(jdbc);
        long caseId = caseWithBrpRegistration(data);
        caseFile.close(data.caseNumber(caseId), ClosureReason.VERHUISD, "Naar GM0363");

        var opened = deadlines.open(data.caseNumber(caseId), Norm.PIP);

        assertThat(opened.status()).isEqualTo(DeadlineStatus.CANCELLED);
        assertThat(deadlines.notRunning(data.caseNumber(caseId))).contains(Norm.PIP);
        deadlines.open(data.caseNumber(caseId), Norm.PIP);
        assertThat(statuses(caseId)).as("asked again: no new round").containsExactly("PIP CANCELLED");
        assertThat(normClocks.reminderAt(data.caseNumber(caseId), "PIP")).as("its timers never fire")
                .isEqualTo(NormClocks.NEVER);
        assertThat(normClocks.breachedAt(data.caseNumber(caseId), "PIP")).isEqualTo(NormClocks.NEVER);
    }

    /**
     * The case closes while its clock opens a norm, in two transactions at once: the norm waits for the closure and
     * is written as stopped (PostgreSQL, READ COMMITTED, wrote it open when the insert read the case before the
     * closure committed, and the closure had not seen it to cancel).
     */
    @Test
    void aNormOpenedWhileTheCaseClosesDoesNotRun() throws Exception {
        var data = new RegieData(jdbc);
        long caseId = caseWithBrpRegistration(data);
        String number = data.caseNumber(caseId);
        var executor = Executors.newSingleThreadExecutor();
        try {
            Future<Deadline> opening = new TransactionTemplate(transactions).execute(status -> {
                caseFile.close(number, ClosureReason.VERHUISD, "Naar GM0363");
                var started = executor.submit(() -> deadlines.open(number, Norm.PIP));
                LockWaits.awaitBlockedSession(dataSource);
                return started;
            });
            assertThat(opening.get(30, TimeUnit.SECONDS).status()).isEqualTo(DeadlineStatus.CANCELLED);
        } finally {
            executor.shutdownNow();
        }
        assertThat(statuses(caseId)).containsExactly("PIP CANCELLED");
    }

    @Test
    void aMetNormOfAClosedCaseIsNotRunAgain() {
        var data = new RegieData(jdbc);
        long open = caseWithBrpRegistration(data);
        long closed = caseWithBrpRegistration(data);
        data.deadline(open, "PIP", 1, TODAY.plusWeeks(2), "MET", TODAY.minusDays(1));
        data.deadline(closed, "PIP", 1, TODAY.plusWeeks(2), "MET", TODAY.minusDays(1));
        caseFile.close(data.caseNumber(closed), ClosureReason.VERHUISD, "Naar GM0363");

        assertThat(repository.reopen(latestPip(open))).as("an open case's met norm runs again").isTrue();
        assertThat(repository.reopen(latestPip(closed))).as("a closed case's does not").isFalse();

        assertThat(statuses(open)).containsExactly("PIP OPEN");
        assertThat(statuses(closed)).containsExactly("PIP MET");
    }

    @Test
    void migrationV33StopsTheNormsEarlierClosuresLeftOpen() throws Exception {
        var data = new RegieData(jdbc);
        LocalDate closedOn = TODAY.minusDays(3);
        long leftOpen = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", closedOn);
        data.deadline(leftOpen, "NAZORG", 1, TODAY.plusMonths(6), "OPEN", null);
        long stillOpen = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        data.deadline(stillOpen, "PIP", 1, TODAY.plusWeeks(2), "OPEN", null);

        String v33 = new ClassPathResource("db/migration/V33__open_norm_open_case.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String repair = v33.replaceAll("(?m)^--.*$", "").split(";")[0].strip();
        assertThat(repair).as("V33's first statement is the repair").startsWith("UPDATE case_deadline");
        jdbc.sql(repair).update();

        assertThat(statuses(leftOpen)).containsExactly("NAZORG CANCELLED");
        assertThat(jdbc.sql("SELECT CAST(closed_at AS DATE) FROM case_deadline WHERE case_id = ?").param(leftOpen)
                .query(LocalDate.class).single()).as("dated at the case's closure").isEqualTo(closedOn);
        assertThat(statuses(stillOpen)).containsExactly("PIP OPEN");
    }

    private long caseWithBrpRegistration(RegieData data) {
        long caseId = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        data.milestone(caseId, "BRP_REGISTERED", TODAY.minusWeeks(2));
        return caseId;
    }

    private Deadline latestPip(long caseId) {
        return repository.findLatest(caseId, Norm.PIP).orElseThrow();
    }

    private java.util.List<String> statuses(long caseId) {
        return jdbc.sql("SELECT norm || ' ' || status FROM case_deadline WHERE case_id = ? ORDER BY norm")
                .param(caseId).query(String.class).list();
    }
}
