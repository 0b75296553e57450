package nl.inburgeringsregie.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Providers of the hours tests (issue 20, point 3), contracted by Hoorn (GM0405) and Het Hogeland (GM1966) from long ago: two with the Blik op Werk
 * keurmerk for every route, a taalschakelinstelling (TST only) for the onderwijsroute, one without any keurmerk (a
 * contract DUO's rule would refuse, written here directly to show the form refuses it too) and one with the keurmerk but
 * no contract. Instellingsnummers start with UREN, so other tests' providers are left alone.
 */
public final class HoursTestProviders {

    public static final String BOW = "UREN000001";
    public static final String BOW_2 = "UREN000002";
    public static final String TST = "UREN000003";
    public static final String NONE = "UREN000004";
    public static final String NOT_CONTRACTED = "UREN000005";

    private HoursTestProviders() {
    }

    /** The month of the day as "Uren registreren" takes it: mm-jjjj. */
    public static String month(LocalDate day) {
        return String.format("%02d-%d", day.getMonthValue(), day.getYear());
    }

    public static void contractAll(JdbcClient jdbc) {
        clear(jdbc);
        provider(jdbc, BOW, "Taalschool Uren (test)", true, false, "B1_ROUTE", "ONDERWIJSROUTE", "Z_ROUTE");
        provider(jdbc, BOW_2, "Taalhuis Uren (test)", true, false, "B1_ROUTE", "ONDERWIJSROUTE", "Z_ROUTE");
        provider(jdbc, TST, "Taalschakeljaar Uren (test)", false, true, "ONDERWIJSROUTE");
        provider(jdbc, NONE, "Buurthuis Uren (test, geen keurmerk)", false, false, "B1_ROUTE");
        provider(jdbc, NOT_CONTRACTED, "Taalacademie Uren (test, geen contract)", true, false);
    }

    /** DUO's list changes: the provider's Blik op Werk keurmerk as given. */
    public static void bowKeurmerk(JdbcClient jdbc, String instellingsnummer, boolean keurmerk) {
        jdbc.sql("UPDATE provider SET bow_keurmerk = ? WHERE instellingsnummer = ?").params(keurmerk, instellingsnummer)
                .update();
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM provider_contract WHERE provider_id IN (SELECT id FROM provider WHERE instellingsnummer LIKE 'UREN%')")
                .update();
        jdbc.sql("DELETE FROM provider WHERE instellingsnummer LIKE 'UREN%'").update();
    }

    private static void provider(JdbcClient jdbc, String nummer, String name, boolean bow, boolean tst, String... routes) {
        jdbc.sql("""
                INSERT INTO provider (instellingsnummer, name, place, bow_keurmerk, tst_keurmerk, listed_by_duo, last_seen_at,
                                      added_by)
                VALUES (?, ?, 'Hoorn', ?, ?, TRUE, ?, 'DUO')""").params(nummer, name, bow, tst, OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT id FROM provider WHERE instellingsnummer = ?").param(nummer).query(Long.class).single();
        for (String route : routes) {
            for (String gemeente : new String[] {"GM0405", "GM1966"}) {
                jdbc.sql("""
                        INSERT INTO provider_contract (gemeente_code, provider_id, leerroute, valid_from, changed_by)
                        VALUES (?, ?, ?, ?, 'test')""").params(gemeente, id, route, LocalDate.of(2000, 1, 1)).update();
            }
        }
    }
}
