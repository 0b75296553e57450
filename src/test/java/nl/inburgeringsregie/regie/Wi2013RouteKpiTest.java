package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;

/**
 * Issue 18, point 4. DOMAIN.md: "Wi2013 cases (ondertussengroep, asielmigrant coupled before 2022) have no Wi2021
 * leerroute, term or bestuurlijke boete" — so they are in no route KPI (obligation met within the term, outflow
 * after 3 years), even a case that got a route and a term recorded before issue 18 (a B1 PIP was asked of them).
 */
class Wi2013RouteKpiTest extends ScenarioTest {

    /** Stede Broec: in the coordinator's Westfriesland; no other test measures it in 2019. */
    private static final String STEDE_BROEC = "GM0532";

    @Test
    void wi2013CasesAreNotInTheRouteKpis() throws Exception {
        var data = new RegieData(jdbc);
        long wi2021 = routeCase(data, "ASIELMIGRANT", LocalDate.of(2016, 6, 1));              // not met, no outflow
        long overgang = routeCase(data, "ASIELMIGRANT_OVERGANG", LocalDate.of(2016, 5, 1));   // met in time, works
        data.milestone(overgang, "OBLIGATION_MET", LocalDate.of(2019, 1, 15));
        data.outflow(overgang, "AFRONDING", "BETAALD_WERK", LocalDate.of(2019, 2, 1));
        long ondertussen = routeCase(data, "ONDERTUSSENGROEP", LocalDate.of(2016, 7, 1));
        data.outflow(ondertussen, "AFRONDING", "ONDERWIJS", LocalDate.of(2019, 8, 1));

        JsonNode report = getJson("coordinator", "/api/regie/kpis?gemeente=" + STEDE_BROEC + "&van=2019-01-01&tot=2019-12-31");
        JsonNode kpis = report.get(0).get("kpis");
        assertThat(value(kpis, "PLICHT_BINNEN_TERMIJN_B1", "noemer")).as("only the Wi2021 case").isEqualTo(1);
        assertThat(value(kpis, "PLICHT_BINNEN_TERMIJN_B1", "teller")).isZero();
        assertThat(value(kpis, "UITSTROOM_WERK_ONDERWIJS_B1", "noemer")).as("only the Wi2021 case").isEqualTo(1);
        assertThat(value(kpis, "UITSTROOM_WERK_ONDERWIJS_B1", "teller")).isZero();
        assertThat(wi2021).isPositive();
    }

    /** A B1-route case (as recorded before issue 18 for Wi2013 cases too) with a three-year term from the day given. */
    private static long routeCase(RegieData data, String doelgroep, LocalDate termStart) {
        long caseId = data.newCase(STEDE_BROEC, doelgroep, "B1_ROUTE", "consulent", null);
        data.term(caseId, termStart, termStart.plusYears(3).minusDays(1));
        return caseId;
    }

    private static long value(JsonNode kpis, String code, String field) {
        for (JsonNode kpi : kpis) {
            if (kpi.get("code").asText().equals(code)) {
                return kpi.get(field).asLong();
            }
        }
        throw new AssertionError("no KPI " + code);
    }
}
