package nl.inburgeringsregie.regie;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.inburgeringsregie.support.TestDates;

/**
 * The open cases of a benchmark, written by SQL (no engine): a person per case, the case in phase INBURGEREN with its
 * gemeente and consulent, and two open norms. Shared by {@link RegieBenchmark} and {@link ConsulentBenchmark}; each
 * uses its own case number prefix and BSN range, so both may run in one application.
 */
final class BenchmarkCases {

    private static final String[] NORMS = {"BREDE_INTAKE", "PIP", "VOORTGANGSGESPREK", "INBURGERINGSTERMIJN"};
    private static final String[] ROUTES = {"B1_ROUTE", "ONDERWIJSROUTE", "Z_ROUTE", null};
    private static final String[] GROUPS = {"ASIELMIGRANT", "GEZINSMIGRANT", "OVERIGE_MIGRANT", "ONDERTUSSENGROEP"};

    /** Where case {@code i} belongs: its gemeente and consulent. */
    record Placement(String gemeente, String consulent) {
    }

    private BenchmarkCases() {
    }

    /** The case number of case {@code i}. */
    static String caseNumber(String prefix, int i) {
        return prefix + i;
    }

    /**
     * Writes {@code count} open cases numbered {@code prefix + i}, their persons with BSNs {@code bsnDigit} followed by
     * eight digits (test numbers, no real BSN), each with two open norms due between 60 days ago and 140 days ahead.
     */
    static void load(JdbcTemplate jdbc, String prefix, char bsnDigit, int count, IntFunction<Placement> placement) {
        LocalDate today = TestDates.today();
        var persons = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            persons.add(new Object[] {String.format("%c%08d", bsnDigit, i), "Benchmark", "Persoon " + i});
        }
        jdbc.batchUpdate("""
                INSERT INTO person (bsn, given_names, surname, birth_date, nationality, language, interpreter_needed, education)
                VALUES (?, ?, ?, DATE '1990-01-01', 'SYR', 'Arabisch', FALSE, 'MBO')""", persons);
        List<Map<String, Object>> ids = jdbc.queryForList("SELECT id, bsn FROM person WHERE bsn LIKE ? ORDER BY bsn",
                bsnDigit + "%");
        var cases = new ArrayList<Object[]>();
        for (int i = 0; i < ids.size(); i++) {
            var where = placement.apply(i);
            cases.add(new Object[] {caseNumber(prefix, i), ((Number) ids.get(i).get("id")).longValue(), where.gemeente(),
                    GROUPS[i % 4], OffsetDateTime.now(), where.consulent(), ROUTES[i % 4]});
        }
        jdbc.batchUpdate("""
                INSERT INTO integration_case (case_number, person_id, gemeente_code, doelgroep, phase, opened_at, consulent,
                                              leerroute)
                VALUES (?, ?, ?, ?, 'INBURGEREN', ?, ?, ?)""", cases);
        List<Map<String, Object>> caseIds = jdbc.queryForList(
                "SELECT id, gemeente_code FROM integration_case WHERE case_number LIKE ?", prefix + "%");
        var deadlines = new ArrayList<Object[]>();
        for (int i = 0; i < caseIds.size(); i++) {
            long id = ((Number) caseIds.get(i).get("id")).longValue();
            for (int n = 0; n < 2; n++) {
                LocalDate due = today.plusDays((i * 7L + n * 31L) % 200 - 60);
                deadlines.add(new Object[] {id, caseIds.get(i).get("gemeente_code"), NORMS[(i + n) % 4],
                        Date.valueOf(due.minusWeeks(10)), Date.valueOf(due),
                        Date.valueOf(due.minusWeeks(1)), OffsetDateTime.now()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO case_deadline (case_id, gemeente_code, norm, round, starts_on, due_on, remind_on, status, opened_at)
                VALUES (?, ?, ?, 1, ?, ?, ?, 'OPEN', ?)""", deadlines);
        // each case's next clock, as the deadline mechanism keeps it (termijn.CaseClockSummary)
        jdbc.update(nl.inburgeringsregie.termijn.CaseClockSummary.REFRESH + "WHERE case_number LIKE ?", prefix + "%");
    }
}
