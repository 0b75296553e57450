package nl.inburgeringsregie.bredeintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;

/**
 * The table {@code processes/leerroute-advies.dmn} as analysts maintain it: every rule, its boundaries
 * and every target group, evaluated by a standalone DMN engine (no application needed).
 */
class LeerrouteAdviesTableTest {

    private static final String FILE = "processes/leerroute-advies.dmn";

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new FileInputStream(FILE)) {
            decision = dmn.parseDecision(BredeIntakeEnPipProcess.DECISION_LEERROUTE_ADVIES, in);
        }
    }

    @ParameterizedTest(name = "{0}, {1} jaar, {2} jaar onderwijs, {3}, studiewens {4}, {5} → {6}")
    @CsvSource({
            // the test says B1 is not attainable: Z-route, whatever else
            "B1-route niet haalbaar, 20, 14, GEALFABETISEERD, ja, ASIELMIGRANT, Z_ROUTE",
            // attainable, young, schooled, wants to study: onderwijsroute (boundaries 27/28 and 9/10)
            "B1-route haalbaar, 18, 12, GEALFABETISEERD, ja, ASIELMIGRANT, ONDERWIJSROUTE",
            "B1-route haalbaar, 27, 10, ANDERS_GEALFABETISEERD, ja, GEZINSMIGRANT, ONDERWIJSROUTE",
            "B1-route haalbaar, 28, 10, GEALFABETISEERD, ja, ASIELMIGRANT, B1_ROUTE",
            "B1-route haalbaar, 27, 9, GEALFABETISEERD, ja, ASIELMIGRANT, B1_ROUTE",
            "B1-route haalbaar, 20, 12, GEALFABETISEERD, nee, OVERIGE_MIGRANT, B1_ROUTE",
            // no result (unknown or not taken for an impairment): the intake decides
            "Onbekend, 45, 12, ANALFABEET, nee, ASIELMIGRANT, Z_ROUTE",
            "Niet afgenomen, 30, 5, GEALFABETISEERD, nee, ASIELMIGRANT_OVERGANG, Z_ROUTE",
            "Onbekend, 30, 6, GEALFABETISEERD, nee, ONDERTUSSENGROEP, B1_ROUTE",
            "Niet afgenomen, 19, 11, GEALFABETISEERD, ja, ASIELMIGRANT, ONDERWIJSROUTE",
            "Onbekend, 35, 16, ANDERS_GEALFABETISEERD, ja, GEZINSMIGRANT, B1_ROUTE",
            "Onbekend, 27, 10, GEALFABETISEERD, ja, OVERIGE_MIGRANT, ONDERWIJSROUTE",
            "Onbekend, 28, 10, GEALFABETISEERD, ja, ASIELMIGRANT, B1_ROUTE",
            "Niet afgenomen, 27, 9, GEALFABETISEERD, ja, ONDERTUSSENGROEP, B1_ROUTE",
            "Niet afgenomen, 27, 6, ANDERS_GEALFABETISEERD, nee, GEZINSMIGRANT, B1_ROUTE",
            "Onbekend, 25, 5, GEALFABETISEERD, ja, OVERIGE_MIGRANT, Z_ROUTE",
            // illiteracy without a result outweighs youth, schooling and the wish to study
            "Niet afgenomen, 20, 12, ANALFABEET, ja, ASIELMIGRANT_OVERGANG, Z_ROUTE",
            // a test result outweighs the intake: illiterate or little schooling does not matter then
            "B1-route haalbaar, 40, 3, ANALFABEET, nee, ONDERTUSSENGROEP, B1_ROUTE",
            "B1-route niet haalbaar, 40, 3, ANALFABEET, nee, OVERIGE_MIGRANT, Z_ROUTE"})
    void advisesTheRoute(String uitslag, int leeftijd, int jarenScholing, String geletterdheid, String studiewens,
            String doelgroep, String route) {
        DmnDecisionTableResult result = evaluate(uitslag, leeftijd, jarenScholing, geletterdheid, studiewens, doelgroep);

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().<String>getEntry("adviesLeerroute")).isEqualTo(route);
        assertThat(result.getSingleResult().<String>getEntry("adviesLeerrouteNaam"))
                .isEqualTo(Map.of("B1_ROUTE", "B1-route", "ONDERWIJSROUTE", "Onderwijsroute", "Z_ROUTE", "Z-route").get(route));
        assertThat(result.getSingleResult().<String>getEntry("adviesReden")).isNotBlank();
    }

    @Test
    void everyRuleExplainsItselfAndAdvisesOneOfTheThreeRoutes() throws IOException {
        try (InputStream in = new FileInputStream(FILE)) {
            var model = Dmn.readModelFromStream(in);
            var rules = model.getModelElementsByType(Rule.class);
            assertThat(rules).hasSizeGreaterThanOrEqualTo(3);
            for (Rule rule : rules) {
                assertThat(rule.getDescription()).as("description of %s", rule.getId()).isNotNull();
                assertThat(rule.getDescription().getTextContent()).as("description of %s", rule.getId()).isNotBlank();
                String route = rule.getOutputEntries().iterator().next().getTextContent().replace("\"", "");
                assertThat(route).as("route of %s", rule.getId()).isIn(Set.of("B1_ROUTE", "ONDERWIJSROUTE", "Z_ROUTE"));
            }
        }
    }

    private static DmnDecisionTableResult evaluate(String uitslag, int leeftijd, int jarenScholing, String geletterdheid,
            String studiewens, String doelgroep) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("leerbaarheidstoetsUitslag", uitslag);
        variables.put("leeftijd", leeftijd);
        variables.put("jarenScholing", jarenScholing);
        variables.put("geletterdheid", geletterdheid);
        variables.put("studiewens", studiewens);
        variables.put("doelgroep", doelgroep);
        return dmn.evaluateDecisionTable(decision, variables);
    }
}
