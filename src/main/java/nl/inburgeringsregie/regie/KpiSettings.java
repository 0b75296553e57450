package nl.inburgeringsregie.regie;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each gemeente configured for its KPIs: the council's targets (table gemeente_kpi_target; the demo's
 * V1007 holds the seeds' values for Westfriesland [001 §6.2] and Het Hogeland [004]) and the periods of the service norms
 * (gemeente_norm) that the norms' labels name. Nothing here is the same for every gemeente.
 */
@Component
class KpiSettings {

    private final JdbcClient jdbc;

    KpiSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One gemeente's targets per KPI code (a percentage) and its norm periods per norm. */
    record Settings(Map<String, Double> targets, Map<String, Period> normPeriods) {

        /** The target of the KPI, or null when the gemeente set none. */
        Double target(String kpi) {
            return targets.get(kpi);
        }

        /** "binnen 4 weken" for the gemeente's norm of P4W; "binnen de norm" when the norm is not configured. */
        String within(String norm) {
            Period period = normPeriods.get(norm);
            return period == null ? "binnen de norm" : "binnen " + dutch(period);
        }
    }

    Map<String, Settings> of(Set<String> gemeenten) {
        var targets = new LinkedHashMap<String, Map<String, Double>>();
        jdbc.sql("SELECT gemeente_code, kpi, percentage FROM gemeente_kpi_target WHERE gemeente_code IN (:g)")
                .param("g", gemeenten)
                .query((row, n) -> targets.computeIfAbsent(row.getString("gemeente_code"), key -> new LinkedHashMap<>())
                        .put(row.getString("kpi"), row.getBigDecimal("percentage").doubleValue()))
                .list();
        var periods = new LinkedHashMap<String, Map<String, Period>>();
        jdbc.sql("SELECT gemeente_code, norm, period FROM gemeente_norm WHERE gemeente_code IN (:g)")
                .param("g", gemeenten)
                .query((row, n) -> periods.computeIfAbsent(row.getString("gemeente_code"), key -> new LinkedHashMap<>())
                        .put(row.getString("norm"), Period.parse(row.getString("period"))))
                .list();
        var settings = new LinkedHashMap<String, Settings>();
        for (String gemeente : gemeenten) {
            settings.put(gemeente, new Settings(targets.getOrDefault(gemeente, Map.of()),
                    periods.getOrDefault(gemeente, Map.of())));
        }
        return settings;
    }

    /** An ISO period in Dutch words: P4W "4 weken", P2M "2 maanden", P1Y "1 jaar", P1Y6M "1 jaar en 6 maanden". */
    static String dutch(Period period) {
        var parts = new ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + " jaar");
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " maand" : " maanden"));
        }
        int days = period.getDays();
        if (days != 0 && days % 7 == 0) {
            parts.add(days / 7 + (days == 7 ? " week" : " weken"));
        } else if (days != 0) {
            parts.add(days + (days == 1 ? " dag" : " dagen"));
        }
        return parts.isEmpty() ? "0 dagen" : String.join(" en ", parts);
    }
}
