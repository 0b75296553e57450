package nl.inburgeringsregie.support;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The taalaanbieder the tests' PIPs name (issue 20, point 1): "Onderwijsinstituut Noorderkwartier (demo)", DEMO000004 on
 * the simulated DUO's list ({@code SimulatedInstellingen}), with the Blik op Werk keurmerk and TST recognition, so DUO
 * recognises it for every route (README R:97); contracted by the case's gemeente for every route. Put in place when a
 * case is registered ({@link CaseDriver}), idempotently: tests of the aanbieder slice clear the providers of the shared
 * test context.
 */
public final class TestProviders {

    public static final String PROVIDER = "DEMO000004";
    public static final String PROVIDER_NAME = "Onderwijsinstituut Noorderkwartier (demo)";

    private TestProviders() {
    }

    /**
     * The Inburgeringsaanbod of an asielmigrant's PIP approved on {@code dagtekening} (forms "PIP opstellen", "PIP
     * wijzigen"): offered that day, the course from two weeks later for a year (within the term, for the onderwijsroute).
     */
    public static java.util.Map<String, Object> offer(LocalDate dagtekening) {
        return new java.util.HashMap<>(java.util.Map.of("aanbodDatum", dagtekening.toString(),
                "aanbodStartdatum", dagtekening.plusDays(14).toString(),
                "aanbodEinddatum", dagtekening.plusYears(1).toString()));
    }

    public static void ensure(ProcessEngine engine, String gemeente) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        ensure(JdbcClient.create(dataSource), gemeente);
    }

    public static synchronized void ensure(JdbcClient jdbc, String gemeente) {
        Long id = jdbc.sql("SELECT id FROM provider WHERE instellingsnummer = ?").param(PROVIDER).query(Long.class)
                .optional().orElse(null);
        if (id == null) {
            jdbc.sql("INSERT INTO provider (instellingsnummer, name, place, bow_number, brin, bow_keurmerk, tst_keurmerk, "
                    + "listed_by_duo, added_by) VALUES (?, ?, 'Den Helder', '1000004', '30XY', TRUE, TRUE, TRUE, 'DUO')")
                    .params(PROVIDER, PROVIDER_NAME).update();
            id = jdbc.sql("SELECT id FROM provider WHERE instellingsnummer = ?").param(PROVIDER).query(Long.class).single();
        }
        for (String route : new String[] {"B1_ROUTE", "ONDERWIJSROUTE", "Z_ROUTE"}) {
            int open = jdbc.sql("SELECT COUNT(*) FROM provider_contract WHERE provider_id = ? AND gemeente_code = ? "
                    + "AND leerroute = ? AND valid_to IS NULL").params(id, gemeente, route).query(Integer.class).single();
            if (open == 0) {
                jdbc.sql("INSERT INTO provider_contract (gemeente_code, provider_id, leerroute, valid_from, changed_by) "
                        + "VALUES (?, ?, ?, ?, 'test')").params(gemeente, id, route, LocalDate.of(2000, 1, 1)).update();
            }
        }
    }
}
