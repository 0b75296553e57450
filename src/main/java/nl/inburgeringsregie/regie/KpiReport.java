package nl.inburgeringsregie.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.afronding.Outflow;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * The policy KPIs of DOMAIN.md ("KPI definitions") per gemeente and period, each with its numerator,
 * denominator and the period its denominator covers in words, and beside the target the gemeente set
 * (gemeente_kpi_target; none set: no target). The counting is {@link KpiCounts}; the definitions as built are
 * in docs/coordinator.md (issue 18, error 11):
 * <ul>
 * <li>brede intake and PIP within the norm: of the norms due in the period (up to yesterday), the share met on
 * or before the due day; the label names the gemeente's own norm period;</li>
 * <li>two progress talks: cases in schakel 4 during the whole 12 months up to the end of the period;</li>
 * <li>financially self-reliant after ontzorgen: closing talks in the period;</li>
 * <li>contact with work in year 1: registered in the BRP 12–24 months before the end, by the day of contact;</li>
 * <li>obligation met within the term, per route: every case whose term (with extensions) ended in the period;</li>
 * <li>outflow to work or education, per route: the cohort whose term started 36–48 months before the end,
 * once per person;</li>
 * <li>route mix: PIPs issued in the period; the trend of PIPs within norm per month.</li>
 * </ul>
 */
@Service
public class KpiReport {

    private static final String NO_TARGET = "geen streefwaarde vastgesteld";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KpiSettings settings;
    private final ObjectMapper json;

    KpiReport(JdbcClient jdbc, Clock clock, KpiSettings settings, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.json = json;
    }

    /**
     * One KPI: count of the numerator and the denominator, the percentage, the gemeente's target (null: none
     * set) and its words; what the numerator and denominator count and the period the denominator covers.
     */
    public record Kpi(String code, String omschrijving, long teller, long noemer, Double percentage,
            Double normPercentage, String norm, Boolean gehaald, String tellerOmschrijving, String noemerOmschrijving,
            LocalDate periodeVan, LocalDate periodeTot, String periodeOmschrijving) {

        static Kpi of(Definition definition, long[] counts, Double target, String norm) {
            long part = counts == null ? 0 : counts[0];
            // a third count: met in time with a pause or extension by the coordinator (issue 19, point 5)
            long helped = counts == null || counts.length < 3 ? 0 : counts[2];
            String teller = helped == 0 ? definition.teller()
                    : definition.teller() + "; waarvan " + helped + " met een pauze of verlenging door de coördinator";
            long all = counts == null ? 0 : counts[1];
            Double percentage = all == 0 ? null : Math.round(1000.0 * part / all) / 10.0;
            return new Kpi(definition.code(), definition.omschrijving(), part, all, percentage, target, norm,
                    percentage == null || target == null ? null : percentage >= target, teller,
                    definition.noemer(), definition.van(), definition.tot(),
                    definition.periode() + " van " + DutchDate.format(definition.van()) + " t/m "
                            + DutchDate.format(definition.tot()));
        }
    }

    /** What a KPI counts: its code and name, its numerator and denominator in words, and its period. */
    record Definition(String code, String omschrijving, String teller, String noemer, String periode, LocalDate van,
            LocalDate tot) {
    }

    /**
     * One month of the PIP trend: PIPs due that month and how many were met in time; {@code maand} as jjjj-mm,
     * {@code omschrijving} as a chart labels it ("januari 2027").
     */
    public record Maand(String maand, long totaal, long binnenNorm, String omschrijving) {
    }

    /** A count per code (a leerroute, an outflow outcome) with the code's words, as a chart's legend shows it. */
    public record Aantal(String code, String omschrijving, long aantal) {
    }

    /**
     * The KPIs of one gemeente; {@code routeverdeling} and {@code uitstroom} count by code (for spreadsheets and
     * older clients), {@code routes} and {@code uitstroomSoorten} the same counts with the words beside each code
     * (issue 19, point 2: charts show words, not codes).
     */
    public record GemeenteKpis(String gemeente, String naam, LocalDate van, LocalDate tot, List<Kpi> kpis,
            Map<String, Long> routeverdeling, Map<String, Long> uitstroom, List<Maand> pipTrend, List<Aantal> routes,
            List<Aantal> uitstroomSoorten) {

        GemeenteKpis(String gemeente, String naam, LocalDate van, LocalDate tot, List<Kpi> kpis,
                Map<String, Long> routeverdeling, Map<String, Long> uitstroom, List<Maand> pipTrend) {
            this(gemeente, naam, van, tot, kpis, routeverdeling, uitstroom, pipTrend,
                    counted(routeverdeling, code -> Labels.of(Leerroute.class, code, Leerroute::label)),
                    counted(uitstroom, code -> Labels.of(Outflow.class, code, Outflow::label)));
        }

        private static List<Aantal> counted(Map<String, Long> counts, java.util.function.UnaryOperator<String> words) {
            return counts.entrySet().stream().map(entry -> new Aantal(entry.getKey(), words.apply(entry.getKey()),
                    entry.getValue())).toList();
        }
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
        params.put("brpFrom", end.minusMonths(24).plusDays(1));
        params.put("brpTo", end.minusMonths(12));
        params.put("cohortFrom", end.minusMonths(48).plusDays(1));
        params.put("cohortTo", end.minusMonths(36));
        // closed after the period: from the first moment of the next day in the application's zone
        params.put("afterTot", end.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());

        var counts = new KpiCounts(jdbc, json, params);
        var normsInTime = counts.normsInTime();
        var helped = counts.normsInTimeWithPauseOrExtension();
        normsInTime.forEach((g, byNorm) -> byNorm.replaceAll((norm, count) -> new long[] {count[0], count[1],
                helped.getOrDefault(g, Map.of()).getOrDefault(norm, new long[] {0, 0})[0]}));
        var talks = counts.twoTalks();
        var selfReliant = counts.selfReliant();
        var workContact = counts.workContact();
        var metInTerm = counts.metInTerm();
        var outflowWorkOrEducation = counts.outflowAfterThreeYears();
        var routes = totalsByGemeenteAndKey("""
                SELECT c.gemeente_code AS g, c.leerroute AS k, COUNT(*) AS total
                FROM integration_case c JOIN case_milestone m ON m.case_id = c.id AND m.milestone = 'PIP_ISSUED'
                WHERE c.gemeente_code IN (:g) AND c.leerroute IS NOT NULL AND m.occurred_on >= :van AND m.occurred_on <= :tot
                GROUP BY c.gemeente_code, c.leerroute""", params);
        var outflow = counts.outflowInPeriod();
        var trend = pipTrend(params);
        var configured = settings.of(scope);
        var definitions = new KpiDefinitions(start, end, dueUntil);

        var names = new TreeMap<String, String>();
        jdbc.sql("SELECT code, name FROM gemeente WHERE code IN (:g)").param("g", scope)
                .query((row, n) -> names.put(row.getString("code"), row.getString("name"))).list();
        var result = new ArrayList<GemeenteKpis>();
        for (var entry : names.entrySet()) {
            String code = entry.getKey();
            var own = configured.get(code);
            var kpis = new ArrayList<Kpi>();
            kpis.add(kpi(own, definitions.intake(), get(normsInTime, code, "BREDE_INTAKE"),
                    own.within("BREDE_INTAKE") + " na inschrijving in de BRP"));
            kpis.add(kpi(own, definitions.pip(), get(normsInTime, code, "PIP"),
                    own.within("PIP") + " na BRP-inschrijving of melding DUO"));
            kpis.add(kpi(own, definitions.twoTalks(), talks.get(code), "minstens 2 per jaar per inburgeraar"));
            kpis.add(kpi(own, definitions.selfReliant(), selfReliant.get(code), null));
            kpis.add(kpi(own, definitions.workContact(), workContact.get(code), null));
            for (Leerroute route : Leerroute.values()) {
                kpis.add(kpi(own, definitions.metInTerm(route), get(metInTerm, code, route.name()), null));
            }
            for (Leerroute route : Leerroute.values()) {
                kpis.add(kpi(own, definitions.outflow(route), get(outflowWorkOrEducation, code, route.name()), null));
            }
            result.add(new GemeenteKpis(code, entry.getValue(), start, end, kpis,
                    routes.getOrDefault(code, Map.of()), outflow.getOrDefault(code, Map.of()),
                    trend(trend.getOrDefault(code, Map.of()), end)));
        }
        return result;
    }

    /**
     * The KPI beside the gemeente's target: the norm's words ("binnen 4 weken …", with the percentage when it is
     * not 100 %) or the percentage alone ("75 %"); without a target, the words say so.
     */
    private static Kpi kpi(KpiSettings.Settings own, Definition definition, long[] counts, String normWords) {
        Double target = own.target(definition.code());
        String percentage = target == null ? null : percent(target);
        String norm;
        if (normWords != null) {
            norm = target == null || target == 100 ? normWords : normWords + " (" + percentage + ")";
        } else {
            norm = target == null ? NO_TARGET : percentage;
        }
        return Kpi.of(definition, counts, target, norm);
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',')) + " %";
    }

    /** PIP norms due per month over the twelve months up to the end of the period, per gemeente. */
    private Map<String, Map<YearMonth, long[]>> pipTrend(Map<String, Object> params) {
        var trend = new LinkedHashMap<String, Map<YearMonth, long[]>>();
        var trendParams = new LinkedHashMap<>(params);
        trendParams.put("trendFrom", YearMonth.from((LocalDate) params.get("tot")).minusMonths(11).atDay(1));
        jdbc.sql("""
                SELECT d.gemeente_code AS g, d.due_on,
                       CASE WHEN d.status = 'MET' AND d.met_on <= d.due_on THEN 1 ELSE 0 END AS on_time
                FROM case_deadline d
                WHERE d.gemeente_code IN (:g) AND d.norm = 'PIP' AND d.status <> 'CANCELLED'
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
            result.add(new Maand(month.toString(), counts[0], counts[1],
                    month.getMonth().getDisplayName(TextStyle.FULL, DUTCH) + " " + month.getYear()));
        }
        return result;
    }

    private static long[] get(Map<String, Map<String, long[]>> counts, String gemeente, String key) {
        return counts.getOrDefault(gemeente, Map.of()).get(key);
    }

    private Map<String, Map<String, Long>> totalsByGemeenteAndKey(String sql, Map<String, Object> params) {
        var totals = new LinkedHashMap<String, Map<String, Long>>();
        jdbc.sql(sql).params(params).query((row, n) -> totals.computeIfAbsent(row.getString("g"), key -> new TreeMap<>())
                .put(row.getString("k"), row.getLong("total"))).list();
        return totals;
    }
}
