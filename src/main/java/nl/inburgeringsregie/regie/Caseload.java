package nl.inburgeringsregie.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.regie.RegieFilter.Stand;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * Mijn zaken (issue 19, point 1): the open cases of a consulent — "one caseworker per household for the whole
 * trajectory" (seed 001) — or of the whole team of the user's gemeenten, one row per case with the person, gemeente,
 * phase, route, the next clock with its days left, and the open tasks. Two queries to the application's tables for
 * the page and its counts, one to the engine for the open tasks of the page's cases.
 */
@Service
class Caseload {

    /**
     * The open cases the user may see, with the earliest open clock that runs (not paused) and the number of paused
     * ones, as the one deadline mechanism keeps them on the case (termijn.CaseClockSummary): no grouping of the open
     * clocks per case (issue 22, point 4: 386 ms for a team of 100,000 cases on PostgreSQL).
     */
    private static final String CASES = """
            SELECT c.id, c.case_number, c.person_id, %1$s c.gemeente_code, c.phase,
                   c.doelgroep, c.leerroute, c.consulent, c.next_due_on AS next_due, c.paused_clocks AS paused
            FROM integration_case c%2$s
            WHERE c.closed_at IS NULL AND c.gemeente_code IN (:gemeenten)""";
    /** The page joins the person and the gemeente; the counts only the person, and only to search (issue 22, point 4). */
    private static final String NAMES = "p.given_names, p.surname, g.name AS gemeente_name,";
    private static final String JOIN_NAMES = "\n            JOIN gemeente g ON g.code = c.gemeente_code"
            + "\n            JOIN person p ON p.id = c.person_id";
    private static final String JOIN_PERSON = "\n            JOIN person p ON p.id = c.person_id";

    private final JdbcClient jdbc;
    private final People people;
    private final CaseTasks tasks;
    private final Clock clock;
    private final int soonDays;

    Caseload(JdbcClient jdbc, People people, CaseTasks tasks, Clock clock, DeadlineOverview deadlines) {
        this.jdbc = jdbc;
        this.people = people;
        this.tasks = tasks;
        this.clock = clock;
        this.soonDays = deadlines.soonDays();
    }

    /** An open task of the case, with the one click into Tasklist that opens its form. */
    record OpenTaak(String naam, String bijNaam, String tasklistLink) {
    }

    /**
     * One case: codes (what filters take, also for programs) beside the words a person reads; the next clock is the
     * earliest open norm that runs, {@code stand} says late, due soon, on track, or paused when every clock of the
     * case stands still (null: no clock runs).
     */
    record Regel(String zaaknummer, String naam, String gemeente, String gemeenteNaam, String fase,
            String faseOmschrijving, String doelgroep, String doelgroepOmschrijving, String leerroute,
            String leerrouteOmschrijving, String consulent, String consulentNaam, String volgendeNorm,
            String volgendeNormOmschrijving, LocalDate vervaldatum, Long dagenOver, Stand stand,
            String standOmschrijving, List<OpenTaak> openTaken) {
    }

    /**
     * The page: whose cases it shows (in words), the counts per state of the whole selection, and the rows.
     */
    record Lijst(String wiens, LocalDate peildatum, int binnenkortDagen, long totaal, long teLaat, long binnenkort,
            long gepauzeerd, int pagina, int grootte, List<Regel> regels) {
    }

    private record Row(long id, String caseNumber, String name, String gemeente, String gemeenteName, String phase,
            String doelgroep, String leerroute, String consulent, LocalDate nextDue, boolean paused) {
    }

    private record NextClock(long caseId, String norm, LocalDate due) {
    }

    Lijst of(CaseloadFilter filter, ApiUser user) {
        LocalDate today = LocalDate.now(clock);
        String consulent = whose(filter, user);
        String whose = consulent == null ? "Zaken van het team"
                : consulent.equals(user.id()) ? "Mijn zaken"
                : "Zaken van " + people.names(List.of(consulent)).getOrDefault(consulent, consulent);
        if (user.gemeenten().isEmpty() || filter.gemeente() != null && !user.gemeenten().contains(filter.gemeente())) {
            return new Lijst(whose, today, soonDays, 0, 0, 0, 0, filter.pagina(), filter.grootte(), List.of());
        }
        var params = new LinkedHashMap<String, Object>();
        params.put("gemeenten", user.gemeenten());
        params.put("today", today);
        params.put("soon", today.plusDays(soonDays));
        var where = new StringBuilder();
        add(where, params, "c.consulent", "consulent", consulent);
        add(where, params, "c.gemeente_code", "gemeente", filter.gemeente());
        add(where, params, "c.phase", "fase", filter.fase());
        add(where, params, "c.doelgroep", "doelgroep", filter.doelgroep());
        add(where, params, "c.leerroute", "leerroute", filter.leerroute());
        RegieFilter.addSearch(where, params, filter.zoek());
        String cases = CASES.formatted(NAMES, JOIN_NAMES);
        String counted = CASES.formatted("", filter.zoek() == null ? "" : JOIN_PERSON);
        String selection = "SELECT x.* FROM (" + cases + where + ") x";

        var counts = jdbc.sql("""
                SELECT COUNT(*) AS total,
                       COALESCE(SUM(CASE WHEN x.next_due < :today THEN 1 ELSE 0 END), 0) AS late,
                       COALESCE(SUM(CASE WHEN x.next_due >= :today AND x.next_due <= :soon THEN 1 ELSE 0 END), 0) AS soon,
                       COALESCE(SUM(CASE WHEN x.next_due IS NULL AND x.paused > 0 THEN 1 ELSE 0 END), 0) AS paused
                FROM (""" + counted + where + ") x").params(params)
                .query((row, n) -> new long[] {row.getLong("total"), row.getLong("late"), row.getLong("soon"),
                        row.getLong("paused")})
                .single();

        String state = switch (filter.stand() == null ? "" : filter.stand().name()) {
            case "TE_LAAT" -> " WHERE x.next_due < :today";
            case "BINNENKORT" -> " WHERE x.next_due >= :today AND x.next_due <= :soon";
            case "OP_SCHEMA" -> " WHERE x.next_due > :soon";
            case "GEPAUZEERD" -> " WHERE x.next_due IS NULL AND x.paused > 0";
            default -> "";
        };
        params.put("limit", filter.grootte());
        params.put("offset", (long) filter.pagina() * filter.grootte());
        String direction = filter.aflopend() ? " DESC" : " ASC";
        String order = " ORDER BY " + CaseloadFilter.SORT_COLUMNS.get(filter.sorteer()) + direction
                + " NULLS LAST, x.next_due NULLS LAST, x.case_number";
        String page = selection + state + order + " LIMIT :limit OFFSET :offset";
        if (filter.zoek() == null && !filter.sorteer().equals("naam") && !filter.sorteer().equals("gemeente")) {
            // neither the search nor the sort needs the names: the page first, then the person and gemeente of its rows
            page = "SELECT x.*, p.given_names, p.surname, g.name AS gemeente_name FROM (SELECT x.* FROM (" + counted
                    + where + ") x" + state + order + " LIMIT :limit OFFSET :offset) x"
                    + " JOIN person p ON p.id = x.person_id JOIN gemeente g ON g.code = x.gemeente_code" + order;
        }
        List<Row> rows = jdbc.sql(page)
                .params(params)
                .query((row, n) -> new Row(row.getLong("id"), row.getString("case_number"),
                        row.getString("given_names") + " " + row.getString("surname"), row.getString("gemeente_code"),
                        row.getString("gemeente_name"), row.getString("phase"), row.getString("doelgroep"),
                        row.getString("leerroute"), row.getString("consulent"),
                        row.getObject("next_due", LocalDate.class), row.getInt("paused") > 0))
                .list();
        return new Lijst(whose, today, soonDays, counts[0], counts[1], counts[2], counts[3], filter.pagina(),
                filter.grootte(), rows(rows, today));
    }

    /**
     * Whose cases: the consulent asked for; else a consulent's own (unless the team's are asked for); a coordinator's
     * whole team. A user who is neither consulent nor coordinator only reaches this through the security chain's
     * refusal, so that case does not arise here.
     */
    private static String whose(CaseloadFilter filter, ApiUser user) {
        if (filter.consulent() != null) {
            return filter.consulent();
        }
        return !filter.team() && user.groups().contains(Groups.CONSULENTEN) ? user.id() : null;
    }

    private List<Regel> rows(List<Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var nextClocks = nextClocks(rows.stream().filter(row -> row.nextDue() != null).map(Row::id).toList());
        var openTasks = tasks.open(rows.stream().map(Row::caseNumber).toList());
        var userIds = new ArrayList<String>();
        rows.stream().map(Row::consulent).filter(Objects::nonNull).forEach(userIds::add);
        openTasks.values().forEach(list -> list.stream().map(CaseTasks.Taak::toegewezenAan).filter(Objects::nonNull)
                .forEach(userIds::add));
        var names = people.names(userIds.stream().distinct().toList());
        return rows.stream().map(row -> {
            var next = nextClocks.get(row.id());
            Long daysLeft = row.nextDue() == null ? null : ChronoUnit.DAYS.between(today, row.nextDue());
            Stand stand = daysLeft == null ? (row.paused() ? Stand.GEPAUZEERD : null)
                    : daysLeft < 0 ? Stand.TE_LAAT : daysLeft <= soonDays ? Stand.BINNENKORT : Stand.OP_SCHEMA;
            String norm = next == null ? null : next.norm();
            var taken = openTasks.getOrDefault(row.caseNumber(), List.of()).stream()
                    .map(task -> new OpenTaak(task.naam(), task.toegewezenAan() != null
                            ? names.getOrDefault(task.toegewezenAan(), task.toegewezenAan())
                            : task.groep() == null ? null : people.groupName(task.groep()), task.tasklistLink()))
                    .toList();
            return new Regel(row.caseNumber(), row.name(), row.gemeente(), row.gemeenteName(), row.phase(),
                    Labels.of(CasePhase.class, row.phase(), CasePhase::label), row.doelgroep(),
                    Labels.of(Doelgroep.class, row.doelgroep(), Doelgroep::label), row.leerroute(),
                    Labels.of(Leerroute.class, row.leerroute(), Leerroute::label), row.consulent(),
                    row.consulent() == null ? null : names.getOrDefault(row.consulent(), row.consulent()), norm,
                    norm == null ? null : Norm.labelOf(norm), row.nextDue(), daysLeft, stand,
                    stand == null ? "geen lopende termijn" : stand.label(), taken);
        }).toList();
    }

    /** Per case, the open clock that runs and falls due first (the norm the list names), in one query. */
    private Map<Long, NextClock> nextClocks(List<Long> caseIds) {
        var next = new HashMap<Long, NextClock>();
        if (caseIds.isEmpty()) {
            return next;
        }
        jdbc.sql("SELECT d.case_id, d.norm, d.due_on FROM case_deadline d"
                + " WHERE d.case_id IN (:ids) AND d.status = 'OPEN' AND NOT " + DeadlineOverview.PAUSED)
                .param("ids", caseIds)
                .query((row, n) -> new NextClock(row.getLong("case_id"), row.getString("norm"),
                        row.getObject("due_on", LocalDate.class)))
                .list().forEach(found -> next.merge(found.caseId(), found,
                        (a, b) -> Comparator.comparing(NextClock::due).thenComparing(NextClock::norm).compare(a, b) <= 0 ? a : b));
        return next;
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
