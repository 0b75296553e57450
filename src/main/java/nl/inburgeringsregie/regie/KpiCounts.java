package nl.inburgeringsregie.regie;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * The numerator and denominator of each KPI per gemeente (and route), one query per KPI, never one per case; a
 * milestone that sets a cohort's date (term started, term extended) is joined once (the key of case_milestone is
 * case and milestone), not asked per case; the norms' KPIs read the gemeente from the norm (V32), without joining the
 * cases (issue 22, point 4: the KPIs at 100,000 open cases).
 * The definitions are those of DOMAIN.md "KPI definitions", decided in issue 18 (error 11) and written down
 * for the coordinator in docs/coordinator.md. Cohort KPIs count each person once ({@code COUNT(DISTINCT
 * person_id)}); a case that moved to another gemeente (the new gemeente continues it, DUO SS121) or whose
 * obligation ended otherwise (SS110–SS111) before the moment a KPI measures is no longer this gemeente's to
 * count.
 */
final class KpiCounts {

    /** The milestones after which a case is no longer this gemeente's inburgeraar. */
    private static final String GONE = "'MOVED_AWAY', 'OBLIGATION_ENDED'";

    /**
     * The target groups under the Wet inburgering 2013 ({@link Doelgroep#isWi2013}): they have no Wi2021 leerroute
     * or term (DOMAIN.md), so they are in no route KPI.
     */
    private static final String WI2013 = Arrays.stream(Doelgroep.values()).filter(Doelgroep::isWi2013)
            .map(group -> "'" + group.name() + "'").collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Map<String, Object> params;

    KpiCounts(JdbcClient jdbc, ObjectMapper json, Map<String, Object> params) {
        this.jdbc = jdbc;
        this.json = json;
        this.params = params;
    }

    /**
     * Brede intake and PIP: norms due in the period (open ones included), met on or before the due day; an open norm of
     * a case suspended by a temporary exemption (SS109) is paused, not due, so it is left out while the case stands
     * still (its due day moves when DUO resumes the obligation).
     */
    Map<String, Map<String, long[]>> normsInTime() {
        return byGemeenteAndKey("""
                SELECT d.gemeente_code AS g, d.norm AS k,
                       SUM(CASE WHEN d.status = 'MET' AND d.met_on <= d.due_on THEN 1 ELSE 0 END) AS part, COUNT(*) AS total
                FROM case_deadline d
                WHERE d.gemeente_code IN (:g) AND d.norm IN ('BREDE_INTAKE', 'PIP') AND d.status <> 'CANCELLED'
                  AND d.due_on >= :van AND d.due_on <= :dueUntil
                  AND NOT (d.status = 'OPEN' AND %s)
                GROUP BY d.gemeente_code, d.norm""".formatted(DeadlineOverview.PAUSED));
    }

    /**
     * Of the brede intakes and PIPs met in time ({@link #normsInTime}), those whose deadline the coordinator paused or
     * extended (issue 19, point 5): reported separately, so a norm met in time thanks to a pause or extension shows as
     * such (docs/coordinator.md).
     */
    Map<String, Map<String, long[]>> normsInTimeWithPauseOrExtension() {
        return byGemeenteAndKey("""
                SELECT d.gemeente_code AS g, d.norm AS k, COUNT(*) AS part, COUNT(*) AS total
                FROM case_deadline d
                WHERE d.gemeente_code IN (:g) AND d.norm IN ('BREDE_INTAKE', 'PIP') AND d.status = 'MET'
                  AND d.met_on <= d.due_on AND d.due_on >= :van AND d.due_on <= :dueUntil
                  AND (EXISTS (SELECT 1 FROM case_suspension s WHERE s.case_id = d.case_id AND s.norm = d.norm
                               AND s.starts_on <= d.met_on)
                       OR EXISTS (SELECT 1 FROM deadline_extension x WHERE x.deadline_id = d.id
                                  AND x.status = 'GOEDGEKEURD'))
                GROUP BY d.gemeente_code, d.norm""");
    }

    /**
     * Two progress talks: the cases in schakel 4 during the whole 12 months up to the end of the period — PIP
     * (or a PIP brought along on moving in, SS121) on or before the day the 12 months start, and not closed,
     * moved away or decided by DUO (met, SS106–SS108, or ended, SS110–SS111) by the end; completion and
     * after-care have no progress talks [004: "minimaal 2x per jaar een uitgebreid voortgangsgesprek"]; nor a case
     * suspended by a temporary exemption (SS109) at any time in those 12 months: it was not in schakel 4 all year; nor a
     * case whose progress talks the coordinator paused in those months (issue 19, point 5): paused time is not due.
     */
    Map<String, long[]> twoTalks() {
        return byGemeente("""
                SELECT c.gemeente_code AS g,
                       SUM(CASE WHEN (SELECT COUNT(*) FROM case_report r WHERE r.case_id = c.id
                                      AND r.kind = 'VOORTGANGSGESPREK' AND r.occurred_on > :yearAgo
                                      AND r.occurred_on <= :tot) >= 2 THEN 1 ELSE 0 END) AS part,
                       COUNT(*) AS total
                FROM integration_case c
                WHERE c.gemeente_code IN (:g)
                  AND EXISTS (SELECT 1 FROM case_milestone s WHERE s.case_id = c.id
                              AND s.milestone IN ('PIP_ISSUED', 'MOVED_IN_WITH_PIP') AND s.occurred_on <= :yearAgo)
                  AND NOT EXISTS (SELECT 1 FROM case_milestone s WHERE s.case_id = c.id
                                  AND s.milestone = 'MOVED_IN_WITH_PIP' AND s.occurred_on > :yearAgo)
                  AND NOT EXISTS (SELECT 1 FROM case_milestone x WHERE x.case_id = c.id
                                  AND x.milestone IN ('OBLIGATION_MET', %s) AND x.occurred_on <= :tot)
                  AND (c.closed_at IS NULL OR c.closed_at >= :afterTot)
                  AND NOT EXISTS (SELECT 1 FROM case_suspension s WHERE s.case_id = c.id AND s.starts_on <= :tot
                                  AND (s.norm IS NULL OR s.norm = 'VOORTGANGSGESPREK')
                                  AND (s.ends_on IS NULL OR s.ends_on > :yearAgo))
                GROUP BY c.gemeente_code""".formatted(GONE));
    }

    /** Financially self-reliant: closing talks of ontzorgen held in the period, self-reliant according to the talk. */
    Map<String, long[]> selfReliant() {
        return byGemeente("""
                SELECT c.gemeente_code AS g, SUM(CASE WHEN o.self_reliant THEN 1 ELSE 0 END) AS part, COUNT(*) AS total
                FROM ontzorgen o JOIN integration_case c ON c.id = o.case_id
                WHERE c.gemeente_code IN (:g) AND o.closing_talk_on >= :van AND o.closing_talk_on <= :tot
                  AND o.self_reliant IS NOT NULL
                GROUP BY c.gemeente_code""");
    }

    /**
     * Contact with work in year 1: the inburgeraars registered in the BRP 12–24 months before the end of the
     * period (not moved away or ended within that year), with work contact recorded in a progress talk whose
     * day of contact ({@code werkContactDatum}, else the talk's date) lies within 12 months of the BRP date:
     * the talk after the first year reports the contact "sinds het vorige gesprek", often still in year 1.
     */
    Map<String, long[]> workContact() {
        var persons = new HashMap<String, Set<Long>>();
        var inContact = new HashMap<String, Set<Long>>();
        jdbc.sql("""
                SELECT c.gemeente_code AS g, c.person_id, m.occurred_on AS brp, r.occurred_on AS talk, r.content
                FROM integration_case c JOIN case_milestone m ON m.case_id = c.id AND m.milestone = 'BRP_REGISTERED'
                LEFT JOIN case_report r ON r.case_id = c.id AND r.kind = 'VOORTGANGSGESPREK'
                     AND r.occurred_on >= m.occurred_on AND r.content LIKE '%%"werkContact":"ja"%%'
                WHERE c.gemeente_code IN (:g) AND m.occurred_on >= :brpFrom AND m.occurred_on <= :brpTo
                  AND NOT EXISTS (SELECT 1 FROM case_milestone x WHERE x.case_id = c.id AND x.milestone IN (%s)
                                  AND x.occurred_on < m.occurred_on + INTERVAL '1' YEAR)""".formatted(GONE))
                .params(params).query((row, n) -> {
                    String gemeente = row.getString("g");
                    long person = row.getLong("person_id");
                    persons.computeIfAbsent(gemeente, key -> new HashSet<>()).add(person);
                    LocalDate brp = row.getObject("brp", LocalDate.class);
                    LocalDate talk = row.getObject("talk", LocalDate.class);
                    if (talk != null) {
                        LocalDate contact = contactDay(row.getString("content"), talk);
                        if (!contact.isBefore(brp) && contact.isBefore(brp.plusYears(1))) {
                            inContact.computeIfAbsent(gemeente, key -> new HashSet<>()).add(person);
                        }
                    }
                    return null;
                }).list();
        var counts = new LinkedHashMap<String, long[]>();
        persons.forEach((gemeente, all) ->
                counts.put(gemeente, new long[] {inContact.getOrDefault(gemeente, Set.of()).size(), all.size()}));
        return counts;
    }

    /**
     * Obligation met within the term, per route: every inburgeraar whose term (DUO's extension, SS103/SS104,
     * included) ended in the period up to yesterday — met in time, met late or not met [001 §6.2: "75% van de
     * inburgeraars heeft voldaan aan hun inburgeringsplicht binnen de wettelijke termijn"] — met when DUO's
     * decision (SS106–SS108) is dated on or before the term's last day.
     */
    Map<String, Map<String, long[]>> metInTerm() {
        return byGemeenteAndKey("""
                SELECT c.gemeente_code AS g, c.leerroute AS k,
                       COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM case_milestone m WHERE m.case_id = c.id
                                 AND m.milestone = 'OBLIGATION_MET' AND m.occurred_on <= c.term_end)
                             THEN c.person_id END) AS part,
                       COUNT(DISTINCT c.person_id) AS total
                FROM (SELECT i.id, i.person_id, i.gemeente_code, i.leerroute,
                             COALESCE(e.occurred_on, i.term_ends_on) AS term_end
                      FROM integration_case i
                      LEFT JOIN case_milestone e ON e.case_id = i.id AND e.milestone = 'TERM_EXTENDED'
                      WHERE i.gemeente_code IN (:g) AND i.leerroute IS NOT NULL
                        AND i.doelgroep NOT IN (%s)) c
                WHERE c.term_end >= :van AND c.term_end <= :dueUntil
                  AND NOT EXISTS (SELECT 1 FROM case_milestone x WHERE x.case_id = c.id AND x.milestone IN (%s)
                                  AND x.occurred_on <= c.term_end)
                GROUP BY c.gemeente_code, c.leerroute""".formatted(WI2013, GONE));
    }

    /**
     * Outflow to work or education after 3 years, per route [001 §6.2: "tenminste 65% van de inburgeraars is na
     * 3 jaar uitgestroomd naar werk/onderwijs"]: the cohort whose term started 36–48 months before the end of
     * the period, each person once, by the latest outflow recorded up to the end of the period (at completion
     * or at the end of after-care, whichever came last).
     */
    Map<String, Map<String, long[]>> outflowAfterThreeYears() {
        return byGemeenteAndKey("""
                SELECT c.gemeente_code AS g, c.leerroute AS k,
                       COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM outflow o WHERE o.case_id = c.id
                                 AND o.recorded_on <= :tot AND o.outcome IN ('BETAALD_WERK', 'ONDERWIJS')
                                 AND NOT EXISTS (SELECT 1 FROM outflow l WHERE l.case_id = c.id AND l.recorded_on <= :tot
                                     AND (l.recorded_on > o.recorded_on OR (l.recorded_on = o.recorded_on AND l.moment > o.moment))))
                             THEN c.person_id END) AS part,
                       COUNT(DISTINCT c.person_id) AS total
                FROM (SELECT i.id, i.person_id, i.gemeente_code, i.leerroute,
                             COALESCE(i.term_starts_on, s.occurred_on) AS term_start
                      FROM integration_case i
                      LEFT JOIN case_milestone s ON s.case_id = i.id AND s.milestone = 'TERM_STARTED'
                      WHERE i.gemeente_code IN (:g) AND i.leerroute IS NOT NULL
                        AND i.doelgroep NOT IN (%s)) c
                WHERE c.term_start >= :cohortFrom AND c.term_start <= :cohortTo
                  AND NOT EXISTS (SELECT 1 FROM case_milestone x WHERE x.case_id = c.id AND x.milestone IN (%s)
                                  AND x.occurred_on < c.term_start + INTERVAL '3' YEAR)
                GROUP BY c.gemeente_code, c.leerroute""".formatted(WI2013, GONE));
    }

    /** Outflow recorded in the period per outcome: each case once, by its latest outflow recorded in the period. */
    Map<String, Map<String, Long>> outflowInPeriod() {
        var totals = new LinkedHashMap<String, Map<String, Long>>();
        jdbc.sql("""
                SELECT c.gemeente_code AS g, o.outcome AS k, COUNT(*) AS total
                FROM outflow o JOIN integration_case c ON c.id = o.case_id
                WHERE c.gemeente_code IN (:g) AND o.recorded_on >= :van AND o.recorded_on <= :tot
                  AND NOT EXISTS (SELECT 1 FROM outflow l WHERE l.case_id = o.case_id AND l.recorded_on <= :tot
                      AND (l.recorded_on > o.recorded_on OR (l.recorded_on = o.recorded_on AND l.moment > o.moment)))
                GROUP BY c.gemeente_code, o.outcome""").params(params)
                .query((row, n) -> totals.computeIfAbsent(row.getString("g"), key -> new TreeMap<>())
                        .put(row.getString("k"), row.getLong("total"))).list();
        return totals;
    }

    /**
     * The day of the work contact a progress talk reports: its werkContactDatum (form voortgangsgesprek, stored as
     * ISO text), else — not given, or after the talk itself — the talk's date.
     */
    private LocalDate contactDay(String content, LocalDate talk) {
        try {
            JsonNode day = json.readTree(content).path("werkContactDatum");
            LocalDate contact = day.isTextual() && !day.asText().isBlank() ? LocalDate.parse(day.asText()) : talk;
            return contact.isAfter(talk) ? talk : contact;
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            return talk;
        }
    }

    private Map<String, long[]> byGemeente(String sql) {
        var counts = new LinkedHashMap<String, long[]>();
        jdbc.sql(sql).params(params).query((row, n) ->
                counts.put(row.getString("g"), new long[] {row.getLong("part"), row.getLong("total")})).list();
        return counts;
    }

    private Map<String, Map<String, long[]>> byGemeenteAndKey(String sql) {
        var counts = new LinkedHashMap<String, Map<String, long[]>>();
        jdbc.sql(sql).params(params).query((row, n) -> counts.computeIfAbsent(row.getString("g"), key -> new TreeMap<>())
                .put(row.getString("k"), new long[] {row.getLong("part"), row.getLong("total")})).list();
        return counts;
    }
}
