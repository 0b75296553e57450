package nl.inburgeringsregie.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import nl.inburgeringsregie.termijn.CaseClockSummary;

/**
 * Case rows written straight into the application's tables, with dates chosen by the test: known data
 * for the KPI arithmetic, where running every case through the models would only blur what is counted.
 */
public final class RegieData {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;

    public RegieData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case of the gemeente with its person; closed on the day given (null: open). */
    public long newCase(String gemeente, String doelgroep, String leerroute, String consulent, LocalDate closedOn) {
        var person = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO person (bsn, given_names, surname, birth_date, nationality, language, interpreter_needed, education)
                VALUES (?, 'Test', 'Regie', DATE '1990-01-01', 'SYR', 'Arabisch', FALSE, 'MBO')""")
                .param(TestBsn.next()).update(person, "id");
        var aCase = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO integration_case (case_number, person_id, gemeente_code, doelgroep, phase, opened_at,
                                              closed_at, consulent, leerroute)
                VALUES (?, ?, ?, ?, 'INBURGEREN', ?, ?, ?, ?)""")
                .params("R-" + NUMBERS.incrementAndGet(), person.getKeyAs(Number.class).longValue(), gemeente, doelgroep,
                        OffsetDateTime.of(2023, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                        closedOn == null ? null : closedOn.atStartOfDay().atOffset(ZoneOffset.UTC), consulent, leerroute)
                .update(aCase, "id");
        return aCase.getKeyAs(Number.class).longValue();
    }

    public String caseNumber(long caseId) {
        return jdbc.sql("SELECT case_number FROM integration_case WHERE id = ?").param(caseId).query(String.class).single();
    }

    public void deadline(long caseId, String norm, int round, LocalDate due, String status, LocalDate metOn) {
        jdbc.sql("""
                INSERT INTO case_deadline (case_id, gemeente_code, norm, round, starts_on, due_on, remind_on, status, met_on,
                                           opened_at)
                VALUES (?, (SELECT c.gemeente_code FROM integration_case c WHERE c.id = ?), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, caseId, norm, round, due.minusWeeks(10), due, due.minusWeeks(1), status, metOn,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        nextClock(caseId);
    }

    /** The case's next clock, as the deadline mechanism keeps it with every change (termijn.CaseClockSummary). */
    private void nextClock(long caseId) {
        jdbc.sql(CaseClockSummary.REFRESH + "WHERE id = ?").param(caseId).update();
    }

    public void milestone(long caseId, String milestone, LocalDate on) {
        jdbc.sql("INSERT INTO case_milestone (case_id, milestone, occurred_on, recorded_at) VALUES (?, ?, ?, ?)")
                .params(caseId, milestone, on, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public void report(long caseId, String kind, LocalDate on, String content) {
        jdbc.sql("INSERT INTO case_report (case_id, kind, occurred_on, content, recorded_at) VALUES (?, ?, ?, ?, ?)")
                .params(caseId, kind, on, content, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public void ontzorgen(long caseId, LocalDate closingTalk, boolean selfReliant) {
        jdbc.sql("INSERT INTO ontzorgen (case_id, closing_talk_on, self_reliant, recorded_at) VALUES (?, ?, ?, ?)")
                .params(caseId, closingTalk, selfReliant, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public void outflow(long caseId, String outcome, LocalDate on) {
        outflow(caseId, "AFRONDING", outcome, on);
    }

    /** Outflow recorded at a moment: AFRONDING (completion) or EINDE_NAZORG (end of after-care). */
    public void outflow(long caseId, String moment, String outcome, LocalDate on) {
        jdbc.sql("INSERT INTO outflow (case_id, moment, outcome, recorded_on, recorded_at) VALUES (?, ?, ?, ?, ?)")
                .params(caseId, moment, outcome, on, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    /** A PIP version drafted by one user and approved by another on its dagtekening. */
    public void approvedPip(long caseId, String leerroute, String niveau, LocalDate dagtekening, String draftedBy,
            String reviewedBy) {
        jdbc.sql("""
                INSERT INTO pip (case_id, version, status, leerroute, niveau, may_finish_education, drafted_by, drafted_at,
                                 reviewed_by, reviewed_at, dagtekening)
                VALUES (?, 1, 'VASTGESTELD', ?, ?, FALSE, ?, ?, ?, ?, ?)""")
                .params(caseId, leerroute, niveau, draftedBy, OffsetDateTime.now(ZoneOffset.UTC), reviewedBy,
                        OffsetDateTime.now(ZoneOffset.UTC), dagtekening)
                .update();
    }

    /** The term as the case holds it: from the day after the PIP's dagtekening, three years (or as DUO set it). */
    public void term(long caseId, LocalDate start, LocalDate end) {
        jdbc.sql("UPDATE integration_case SET term_starts_on = ?, term_ends_on = ? WHERE id = ?")
                .params(start, end, caseId).update();
    }

    /** The case's phase and why it closed (a ClosureReason's name), as the application leaves them. */
    public void phase(long caseId, String phase, String closedReason) {
        jdbc.sql("UPDATE integration_case SET phase = ?, closed_reason = ? WHERE id = ?")
                .params(phase, closedReason, caseId).update();
    }

    /** A period the case stood still by a temporary exemption (DUO SS109); {@code resumed} null while it lasts. */
    public void suspension(long caseId, LocalDate from, LocalDate resumed) {
        jdbc.sql("""
                INSERT INTO case_suspension (case_id, starts_on, ends_on, phase_before, started_by, ended_by, recorded_at)
                VALUES (?, ?, ?, 'INBURGEREN', 'SS109', ?, ?)""")
                .params(caseId, from, resumed, resumed == null ? null : "SS130", OffsetDateTime.now(ZoneOffset.UTC)).update();
        nextClock(caseId);
    }

    public void termEnds(long caseId, LocalDate end) {
        jdbc.sql("UPDATE integration_case SET term_ends_on = ? WHERE id = ?").params(end, caseId).update();
    }
}
