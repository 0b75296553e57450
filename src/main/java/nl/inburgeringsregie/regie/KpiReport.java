package nl.inburgeringsregie.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * The policy KPIs of DOMAIN.md per gemeente and period, each beside its norm, computed from the
 * application's tables with one grouped query per KPI (never per case):
 * <ul>
 * <li>brede intake and PIP within the norm: of the norms due in the period (up to yesterday), the share
 * met on or before the due day;</li>
 * <li>two progress talks in the last year: of the cases open at the end of the period whose PIP is a
 * year old or more, the share with at least two progress-talk reports in the year before that day;</li>
 * <li>financially self-reliant after ontzorgen: closing talks in the period;</li>
 * <li>in contact with work during year 1: cases whose first year after the BRP registration ended in the
 * period, with a progress talk in that year that recorded contact with work;</li>
 * <li>obligation met within the term, per route: DUO's decisions in the period;</li>
 * <li>outflow to work or education, per route: outflow recorded in the period;</li>
 * <li>route mix: PIPs issued in the period; the trend of PIPs within norm per month.</li>
 * </ul>
 */
@Service
public class KpiReport {

    private final JdbcClient jdbc;
    private final Clock clock;

    KpiReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One KPI: count of the numerator and the denominator, the percentage and its norm. */
    public record Kpi(String code, String omschrijving, long teller, long noemer, Double percentage,
            double normPercentage, String norm, Boolean gehaald) {

        static Kpi of(String code, String description, long[] counts, double normPercentage, String norm) {
            long part = counts == null ? 0 : counts[0];
            long all = counts == null ? 0 : counts[1];
            Double percentage = all == 0 ? null : Math.round(1000.0 * part / all) / 10.0;
            return new Kpi(code, description, part, all, percentage, normPercentage, norm,
                    percentage == null ? null : percentage >= normPercentage);
        }
    }

    /** One month of the PIP trend: PIPs due that month and how many were met in time. */
    public record Maand(String maand, long totaal, long binnenNorm) {
    }

    public record GemeenteKpis(String gemeente, String naam, LocalDate van, LocalDate tot, List<Kpi> kpis,
            Map<String, Long> routeverdeling, Map<String, Long> uitstroom, List<Maand> pipTrend) {
    }

    public List<GemeenteKpis> report(Set<String> gemeenten, String gemeente, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw InvalidInputException.of("van", "De begindatum ligt na de einddatum");
        }
        if (gemeente != null && !gemeenten.contains(gemeente)) {
            return List.of();
        }
        Set<String> scope = gemeente == null ? gemeenten : Set.of(gemeente);
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDate dueUntil = end.isBefore(today) ? end : today.minusDays(1);
        var params = new LinkedHashMap<String, Object>();
        params.put("g", scope);
        params.put("van", start);
        params.put("tot", end);
        params.put("dueUntil", dueUntil);
        params.put("yearAgo", end.minusYears(1));
        params.put("firstYearFrom", start.minusYears(1));
        params.put("firstYearTo", end.minusYears(1));
        // closed after the period: from the first moment of the next day in the application's zone
        params.put("afterTot", end.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());

        var normsInTime = countsByGemeenteAndKey("""
                SELECT c.gemeente_code AS g, d.norm AS k,
                       SUM(CASE WHEN d.status = 'MET' AND d.met_on <= d.due_on THEN 1 ELSE 0 END) AS part, COUNT(*) AS total
                FROM case_deadline d JOIN integration_case c ON c.id = d.case_id
                WHERE c.gemeente_code IN (:g) AND d.norm IN ('BREDE_INTAKE', 'PIP') AND d.status <> 'CANCELLED'
                  AND d.due_on >= :van AND d.due_on <= :dueUntil
                GROUP BY c.gemeente_code, d.norm""", params);
        var talks = countsByGemeente("""
                SELECT c.gemeente_code AS g,
                       SUM(CASE WHEN (SELECT COUNT(*) FROM case_report r WHERE r.case_id = c.id
                                      AND r.kind = 'VOORTGANGSGESPREK' AND r.occurred_on > :yearAgo
                                      AND r.occurred_on <= :tot) >= 2 THEN 1 ELSE 0 END) AS part,
                       COUNT(*) AS total
                FROM integration_case c JOIN case_milestone m ON m.case_id = c.id AND m.milestone = 'PIP_ISSUED'
                WHERE c.gemeente_code IN (:g) AND m.occurred_on <= :yearAgo
                  AND (c.closed_at IS NULL OR c.closed_at >= :afterTot)
                GROUP BY c.gemeente_code""", params);
        var selfReliant = countsByGemeente("""
                SELECT c.gemeente_code AS g, SUM(CASE WHEN o.self_reliant THEN 1 ELSE 0 END) AS part, COUNT(*) AS total
                FROM ontzorgen o JOIN integration_case c ON c.id = o.case_id
                WHERE c.gemeente_code IN (:g) AND o.closing_talk_on >= :van AND o.closing_talk_on <= :tot
                  AND o.self_reliant IS NOT NULL
                GROUP BY c.gemeente_code""", params);
        var workContact = countsByGemeente("""
                SELECT c.gemeente_code AS g,
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM case_report r WHERE r.case_id = c.id
                                  AND r.kind = 'VOORTGANGSGESPREK' AND r.occurred_on >= m.occurred_on
                                  AND r.occurred_on < m.occurred_on + INTERVAL '1' YEAR
                                  AND r.content LIKE '%"werkContact":"ja"%') THEN 1 ELSE 0 END) AS part,
                       COUNT(*) AS total
                FROM integration_case c JOIN case_milestone m ON m.case_id = c.id AND m.milestone = 'BRP_REGISTERED'
                WHERE c.gemeente_code IN (:g) AND m.occurred_on >= :firstYearFrom AND m.occurred_on <= :firstYearTo
                GROUP BY c.gemeente_code""", params);
        var metInTerm = countsByGemeenteAndKey("""
                SELECT c.gemeente_code AS g, c.leerroute AS k,
                       SUM(CASE WHEN c.term_ends_on IS NULL OR m.occurred_on <= c.term_ends_on THEN 1 ELSE 0 END) AS part,
                       COUNT(*) AS total
                FROM integration_case c JOIN case_milestone m ON m.case_id = c.id AND m.milestone = 'OBLIGATION_MET'
                WHERE c.gemeente_code IN (:g) AND c.leerroute IS NOT NULL AND m.occurred_on >= :van AND m.occurred_on <= :tot
                GROUP BY c.gemeente_code, c.leerroute""", params);
        var outflowWorkOrEducation = countsByGemeenteAndKey("""
                SELECT c.gemeente_code AS g, c.leerroute AS k,
                       SUM(CASE WHEN o.outcome IN ('BETAALD_WERK', 'ONDERWIJS') THEN 1 ELSE 0 END) AS part, COUNT(*) AS total
                FROM outflow o JOIN integration_case c ON c.id = o.case_id
                WHERE c.gemeente_code IN (:g) AND c.leerroute IS NOT NULL AND o.recorded_on >= :van AND o.recorded_on <= :tot
                GROUP BY c.gemeente_code, c.leerroute""", params);
        var routes = totalsByGemeenteAndKey("""
                SELECT c.gemeente_code AS g, c.leerroute AS k, COUNT(*) AS total
                FROM integration_case c JOIN case_milestone m ON m.case_id = c.id AND m.milestone = 'PIP_ISSUED'
                WHERE c.gemeente_code IN (:g) AND c.leerroute IS NOT NULL AND m.occurred_on >= :van AND m.occurred_on <= :tot
                GROUP BY c.gemeente_code, c.leerroute""", params);
        var outflow = totalsByGemeenteAndKey("""
                SELECT c.gemeente_code AS g, o.outcome AS k, COUNT(*) AS total
                FROM outflow o JOIN integration_case c ON c.id = o.case_id
                WHERE c.gemeente_code IN (:g) AND o.recorded_on >= :van AND o.recorded_on <= :tot
                GROUP BY c.gemeente_code, o.outcome""", params);
        var trend = pipTrend(params);

        var names = new TreeMap<String, String>();
        jdbc.sql("SELECT code, name FROM gemeente WHERE code IN (:g)").param("g", scope)
                .query((row, n) -> names.put(row.getString("code"), row.getString("name"))).list();
        var result = new ArrayList<GemeenteKpis>();
        for (var entry : names.entrySet()) {
            String code = entry.getKey();
            var kpis = new ArrayList<Kpi>();
            kpis.add(Kpi.of("INTAKE_BINNEN_NORM", "Brede intake binnen de norm", get(normsInTime, code, "BREDE_INTAKE"),
                    100, "binnen 4 weken na inschrijving in de BRP"));
            kpis.add(Kpi.of("PIP_BINNEN_NORM", "PIP binnen de norm", get(normsInTime, code, "PIP"), 100,
                    "binnen 10 weken na BRP-inschrijving of melding DUO"));
            kpis.add(Kpi.of("TWEE_VOORTGANGSGESPREKKEN", "Twee voortgangsgesprekken in het afgelopen jaar",
                    talks.get(code), 100, "minstens 2 per jaar per inburgeraar"));
            kpis.add(Kpi.of("FINANCIEEL_ZELFREDZAAM", "Financieel zelfredzaam na ontzorgen", selfReliant.get(code), 75,
                    "75–80 %"));
            kpis.add(Kpi.of("CONTACT_MET_WERK_JAAR_1", "Contact met werk in het eerste jaar", workContact.get(code), 80,
                    "80 %"));
            kpis.add(Kpi.of("PLICHT_BINNEN_TERMIJN_B1", "Inburgeringsplicht binnen termijn nagekomen (B1-route)",
                    get(metInTerm, code, "B1_ROUTE"), 75, "75 %"));
            kpis.add(Kpi.of("PLICHT_BINNEN_TERMIJN_ONDERWIJS", "Inburgeringsplicht binnen termijn nagekomen (onderwijsroute)",
                    get(metInTerm, code, "ONDERWIJSROUTE"), 80, "80 %"));
            kpis.add(Kpi.of("PLICHT_BINNEN_TERMIJN_Z", "Inburgeringsplicht binnen termijn nagekomen (Z-route)",
                    get(metInTerm, code, "Z_ROUTE"), 90, "90 %"));
            kpis.add(Kpi.of("UITSTROOM_WERK_ONDERWIJS_B1", "Uitstroom naar werk of onderwijs (B1-route)",
                    get(outflowWorkOrEducation, code, "B1_ROUTE"), 50, "50 %"));
            kpis.add(Kpi.of("UITSTROOM_WERK_ONDERWIJS_ONDERWIJS", "Uitstroom naar werk of onderwijs (onderwijsroute)",
                    get(outflowWorkOrEducation, code, "ONDERWIJSROUTE"), 50, "50 %"));
            kpis.add(Kpi.of("UITSTROOM_WERK_ONDERWIJS_Z", "Uitstroom naar werk of onderwijs (Z-route)",
                    get(outflowWorkOrEducation, code, "Z_ROUTE"), 65, "65 %"));
            result.add(new GemeenteKpis(code, entry.getValue(), start, end, kpis,
                    routes.getOrDefault(code, Map.of()), outflow.getOrDefault(code, Map.of()),
                    trend(trend.getOrDefault(code, Map.of()), end)));
        }
        return result;
    }

    /** PIP norms due per month over the twelve months up to the end of the period, per gemeente. */
    private Map<String, Map<YearMonth, long[]>> pipTrend(Map<String, Object> params) {
        var trend = new LinkedHashMap<String, Map<YearMonth, long[]>>();
        var trendParams = new LinkedHashMap<>(params);
        trendParams.put("trendFrom", YearMonth.from((LocalDate) params.get("tot")).minusMonths(11).atDay(1));
        jdbc.sql("""
                SELECT c.gemeente_code AS g, d.due_on,
                       CASE WHEN d.status = 'MET' AND d.met_on <= d.due_on THEN 1 ELSE 0 END AS on_time
                FROM case_deadline d JOIN integration_case c ON c.id = d.case_id
                WHERE c.gemeente_code IN (:g) AND d.norm = 'PIP' AND d.status <> 'CANCELLED'
                  AND d.due_on >= :trendFrom AND d.due_on <= :dueUntil""")
                .params(trendParams)
                .query((row, n) -> {
                    long[] month = trend.computeIfAbsent(row.getString("g"), key -> new TreeMap<>())
                            .computeIfAbsent(YearMonth.from(row.getObject("due_on", LocalDate.class)), key -> new long[2]);
                    month[0]++;
                    month[1] += row.getInt("on_time");
                    return null;
                }).list();
        return trend;
    }

    private static List<Maand> trend(Map<YearMonth, long[]> months, LocalDate end) {
        var result = new ArrayList<Maand>();
        for (YearMonth month = YearMonth.from(end).minusMonths(11); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            long[] counts = months.getOrDefault(month, new long[2]);
            result.add(new Maand(month.toString(), counts[0], counts[1]));
        }
        return result;
    }

    private static long[] get(Map<String, Map<String, long[]>> counts, String gemeente, String key) {
        return counts.getOrDefault(gemeente, Map.of()).get(key);
    }

    private Map<String, long[]> countsByGemeente(String sql, Map<String, Object> params) {
        var counts = new LinkedHashMap<String, long[]>();
        jdbc.sql(sql).params(params).query((row, n) ->
                counts.put(row.getString("g"), new long[] {row.getLong("part"), row.getLong("total")})).list();
        return counts;
    }

    private Map<String, Map<String, long[]>> countsByGemeenteAndKey(String sql, Map<String, Object> params) {
        var counts = new LinkedHashMap<String, Map<String, long[]>>();
        jdbc.sql(sql).params(params).query((row, n) -> counts.computeIfAbsent(row.getString("g"), key -> new TreeMap<>())
                .put(row.getString("k"), new long[] {row.getLong("part"), row.getLong("total")})).list();
        return counts;
    }

    private Map<String, Map<String, Long>> totalsByGemeenteAndKey(String sql, Map<String, Object> params) {
        var totals = new LinkedHashMap<String, Map<String, Long>>();
        jdbc.sql(sql).params(params).query((row, n) -> totals.computeIfAbsent(row.getString("g"), key -> new TreeMap<>())
                .put(row.getString("k"), row.getLong("total"))).list();
        return totals;
    }
}
