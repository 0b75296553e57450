package nl.inburgeringsregie.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.regie.RegieFilter.Stand;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.termijn.PausedClocks;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * The open norms of all open cases of the gemeenten a coordinator may see, with due date, days left or
 * late, and the state (late, due soon, on track). One query for the page, one for the counts: the
 * list reads the application's tables (case_deadline, integration_case), never the engine.
 */
@Service
public class DeadlineOverview {

    /**
     * The open norms of the gemeenten, by the norm alone: an open norm is always one of an open case (termijn's
     * CaseClockChanges stops a case's norms when it closes), and the norm carries its case's gemeente (V32). The case,
     * person and gemeente are joined only where a filter, the sort or the rows need them (issue 22, point 4: the count
     * joined 200,000 open norms with their 100,000 cases, 105 of the first page's 134 ms on PostgreSQL).
     */
    private static final String FROM = """
            FROM case_deadline d%s
            WHERE d.status = 'OPEN' AND d.gemeente_code IN (:gemeenten)""";
    private static final String CASE = "\n            JOIN integration_case c ON c.id = d.case_id";
    private static final String PERSON = "\n            JOIN person p ON p.id = c.person_id";
    private static final String GEMEENTE = "\n            JOIN gemeente g ON g.code = d.gemeente_code";
    /** The days of the approved extensions per deadline, summed once for the export (not a subquery per row). */
    private static final String EXTENDED = """

            LEFT JOIN (SELECT deadline_id, SUM(days) AS days FROM deadline_extension WHERE status = 'GOEDGEKEURD'
                       GROUP BY deadline_id) e ON e.deadline_id = d.id""";

    /**
     * The case is suspended by a temporary exemption (DUO SS109): its open deadlines are paused, neither late nor due,
     * until DUO resumes the obligation and they move (termijn.PausedClocks); or the coordinator paused this deadline's
     * norm (issue 19, point 5), the same record with the norm, until the pause ends. One rule, kept by termijn; asked
     * per row only of a case with a pause that runs (a set the database builds once per query), so a count over
     * 200,000 open norms does not run it 200,000 times (issue 22, point 4). Of the deadline {@code d}: its case need
     * not be joined.
     */
    static final String PAUSED = "(d.case_id IN (SELECT s0.case_id FROM case_suspension s0 WHERE s0.ends_on IS NULL) AND "
            + PausedClocks.pausedSql("d.case_id") + ")";

    /**
     * Rows a streamed export fetches from the database at a time (PostgreSQL: a cursor, inside a transaction): 5,000
     * rows are about 1.5 MB; 1,000 took 200 round trips for an export of 200,000 rows, 0.4 s more (issue 22, point 4).
     */
    private static final int FETCH_SIZE = 5000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final People people;
    private final Clock clock;
    private final int soonDays;

    DeadlineOverview(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, People people,
            Clock clock, @Value("${inburgering.regie.binnenkort-dagen:7}") int soonDays) {
        this.jdbc = jdbc;
        var fetching = new JdbcTemplate(template.getDataSource());
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.people = people;
        this.clock = clock;
        this.soonDays = soonDays;
    }

    /**
     * One open norm of a case, as the list shows it: each code (also a CSV column, for spreadsheets) beside
     * the words a user reads.
     */
    public record Regel(String zaaknummer, String naam, String gemeente, String gemeenteNaam, String norm,
            String normOmschrijving, int ronde, LocalDate vervaldatum, long dagenOver, Stand stand,
            String standOmschrijving, String consulent, String consulentNaam, String doelgroep,
            String doelgroepOmschrijving, String leerroute, String leerrouteOmschrijving, int verlengdMetDagen) {

        Regel named(Map<String, String> names) {
            return new Regel(zaaknummer, naam, gemeente, gemeenteNaam, norm, normOmschrijving, ronde, vervaldatum,
                    dagenOver, stand, standOmschrijving, consulent,
                    consulent == null ? null : names.getOrDefault(consulent, consulent), doelgroep,
                    doelgroepOmschrijving, leerroute, leerrouteOmschrijving, verlengdMetDagen);
        }
    }

    /** Counts of the filtered list per state, and the rows of the page asked for. */
    public record Lijst(LocalDate peildatum, int binnenkortDagen, long totaal, long teLaat, long binnenkort,
            long opSchema, int pagina, int grootte, List<Regel> regels, long gepauzeerd) {
    }

    public int soonDays() {
        return soonDays;
    }

    public Lijst list(RegieFilter filter, Set<String> gemeenten) {
        LocalDate today = LocalDate.now(clock);
        if (gemeenten.isEmpty() || filter.gemeente() != null && !gemeenten.contains(filter.gemeente())) {
            return new Lijst(today, soonDays, 0, 0, 0, 0, filter.pagina(), filter.grootte(), List.of(), 0);
        }
        var params = new LinkedHashMap<String, Object>();
        params.put("gemeenten", gemeenten);
        params.put("today", today);
        params.put("soon", today.plusDays(soonDays));
        String filters = filters(filter, params);

        var counts = jdbc.sql("""
                SELECT COUNT(*) AS total,
                       COALESCE(SUM(CASE WHEN d.due_on < :today AND NOT %1$s THEN 1 ELSE 0 END), 0) AS late,
                       COALESCE(SUM(CASE WHEN d.due_on >= :today AND d.due_on <= :soon AND NOT %1$s THEN 1 ELSE 0 END), 0) AS soon,
                       COALESCE(SUM(CASE WHEN %1$s THEN 1 ELSE 0 END), 0) AS paused
                """.formatted(PAUSED) + FROM.formatted(caseJoins(filter, false)) + filters).params(params)
                .query((row, n) -> new long[] {row.getLong("total"), row.getLong("late"), row.getLong("soon"),
                        row.getLong("paused")})
                .single();

        params.put("limit", filter.grootte());
        params.put("offset", (long) filter.pagina() * filter.grootte());
        List<Regel> rows = jdbc.sql(rowsSql(filter, params) + " LIMIT :limit OFFSET :offset) x" + namesJoined(filter))
                .params(params)
                .query((row, n) -> regel(row, today))
                .list();
        var names = people.names(rows.stream().map(Regel::consulent).filter(Objects::nonNull).distinct().toList());
        return new Lijst(today, soonDays, counts[0], counts[1], counts[2], counts[0] - counts[1] - counts[2] - counts[3],
                filter.pagina(), filter.grootte(), rows.stream().map(row -> row.named(names)).toList(), counts[3]);
    }

    /**
     * Every row of the filtered list, in the list's order, handed to {@code each} as it is read (the CSV export,
     * issue 22, point 4): one flat query the database can start answering at once (a cursor: deadlines by due day
     * from their index), {@value #FETCH_SIZE} rows at a time, no list of them is built. The
     * consulenten's names are looked up once, for the consulenten of the gemeenten' open cases. Each row comes with the
     * id of its person (table person), for the processing log.
     */
    public void export(RegieFilter filter, Set<String> gemeenten, BiConsumer<Regel, Long> each) {
        LocalDate today = LocalDate.now(clock);
        if (gemeenten.isEmpty() || filter.gemeente() != null && !gemeenten.contains(filter.gemeente())) {
            return;
        }
        var params = new LinkedHashMap<String, Object>();
        params.put("gemeenten", gemeenten);
        params.put("today", today);
        params.put("soon", today.plusDays(soonDays));
        String sql = """
                SELECT c.case_number, c.person_id, p.given_names, p.surname, c.gemeente_code, g.name AS gemeente_name,
                       d.norm, d.round, d.due_on, c.consulent, c.doelgroep, c.leerroute,
                       CASE WHEN %s THEN 1 ELSE 0 END AS paused, COALESCE(e.days, 0) AS extended
                """.formatted(PAUSED) + FROM.formatted(CASE + PERSON + GEMEENTE + EXTENDED) + filters(filter, params)
                + state(filter) + order(filter);
        Map<String, String> names = people.names(jdbc.sql("""
                SELECT DISTINCT consulent FROM integration_case
                WHERE gemeente_code IN (:gemeenten) AND consulent IS NOT NULL AND closed_at IS NULL""")
                .param("gemeenten", gemeenten).query(String.class).list());
        readOnly.executeWithoutResult(status -> streaming.query(sql, params,
                (java.sql.ResultSet row) -> each.accept(regel(row, today).named(names), row.getLong("person_id"))));
    }

    /**
     * The filtered list's deadlines in its order (gemeente joined only to sort by its name), as an inner query
     * {@code x} still open for its LIMIT; {@link #namesJoined} then joins the person and gemeente of those rows alone.
     */
    private String rowsSql(RegieFilter filter, Map<String, Object> params) {
        String sortGemeente = filter.sorteer().equals("gemeente") ? GEMEENTE : "";
        return """
                SELECT x.case_number, p.given_names, p.surname, x.gemeente_code, g.name AS gemeente_name, x.norm, x.round,
                       x.due_on, x.consulent, x.doelgroep, x.leerroute, x.paused,
                       (SELECT COALESCE(SUM(e.days), 0) FROM deadline_extension e
                        WHERE e.deadline_id = x.id AND e.status = 'GOEDGEKEURD') AS extended
                FROM (SELECT d.id, d.norm, d.round, d.due_on, c.case_number, c.person_id, d.gemeente_code, c.consulent,
                             c.doelgroep, c.leerroute, CASE WHEN %s THEN 1 ELSE 0 END AS paused
                      """.formatted(PAUSED) + FROM.formatted(caseJoins(filter, true) + sortGemeente) + filters(filter, params)
                + state(filter) + order(filter);
    }

    private static String state(RegieFilter filter) {
        return switch (filter.stand() == null ? "" : filter.stand().name()) {
            case "TE_LAAT" -> " AND d.due_on < :today AND NOT " + PAUSED;
            case "BINNENKORT" -> " AND d.due_on >= :today AND d.due_on <= :soon AND NOT " + PAUSED;
            case "OP_SCHEMA" -> " AND d.due_on > :soon AND NOT " + PAUSED;
            case "GEPAUZEERD" -> " AND " + PAUSED;
            default -> "";
        };
    }

    private static String order(RegieFilter filter) {
        return " ORDER BY " + RegieFilter.SORT_COLUMNS.get(filter.sorteer()) + (filter.aflopend() ? " DESC" : " ASC")
                + ", d.due_on, c.case_number, d.norm";
    }

    /** The person and gemeente of the rows of {@link #rowsSql}, in the list's order again. */
    private static String namesJoined(RegieFilter filter) {
        return " JOIN person p ON p.id = x.person_id JOIN gemeente g ON g.code = x.gemeente_code"
                + " ORDER BY " + outer(RegieFilter.SORT_COLUMNS.get(filter.sorteer())) + (filter.aflopend() ? " DESC" : " ASC")
                + ", x.due_on, x.case_number, x.norm";
    }

    private Regel regel(java.sql.ResultSet row, LocalDate today) throws java.sql.SQLException {
        return regel(row.getString("case_number"),
                row.getString("given_names") + " " + row.getString("surname"), row.getString("gemeente_code"),
                row.getString("gemeente_name"), row.getString("norm"), row.getInt("round"),
                row.getObject("due_on", LocalDate.class), row.getString("consulent"), row.getString("doelgroep"),
                row.getString("leerroute"), row.getInt("paused") == 1, row.getInt("extended"), today);
    }

    private Regel regel(String caseNumber, String name, String gemeente, String gemeenteName, String norm, int round,
            LocalDate due, String consulent, String doelgroep, String leerroute, boolean paused, int extended,
            LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        Stand stand = paused ? Stand.GEPAUZEERD
                : daysLeft < 0 ? Stand.TE_LAAT : daysLeft <= soonDays ? Stand.BINNENKORT : Stand.OP_SCHEMA;
        return new Regel(caseNumber, name, gemeente, gemeenteName, norm, Norm.labelOf(norm), round, due, daysLeft, stand,
                stand.label(), consulent, null, doelgroep, Labels.of(Doelgroep.class, doelgroep, Doelgroep::label),
                leerroute, Labels.of(Leerroute.class, leerroute, Leerroute::label), extended);
    }

    /** A sort column of the inner query as the outer query names it (the gemeente's name: joined again outside). */
    private static String outer(String column) {
        return column.startsWith("g.") ? column : "x." + column.substring(2);
    }

    private static String filters(RegieFilter filter, Map<String, Object> params) {
        var sql = new StringBuilder();
        add(sql, params, "d.gemeente_code", "gemeente", filter.gemeente());
        add(sql, params, "d.norm", "norm", filter.norm());
        add(sql, params, "c.consulent", "consulent", filter.consulent());
        add(sql, params, "c.doelgroep", "doelgroep", filter.doelgroep());
        add(sql, params, "c.leerroute", "leerroute", filter.leerroute());
        RegieFilter.addSearch(sql, params, filter.zoek());
        return sql.toString();
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /**
     * The case (and for the search its person) joined to the norms only when the rows, a filter on the case or the sort
     * needs it: the counts of the whole list read the open norms alone.
     */
    private static String caseJoins(RegieFilter filter, boolean rows) {
        boolean search = filter.zoek() != null;
        boolean caseNeeded = rows || search || filter.consulent() != null || filter.doelgroep() != null
                || filter.leerroute() != null;
        return (caseNeeded ? CASE : "") + (search ? PERSON : "");
    }
}
