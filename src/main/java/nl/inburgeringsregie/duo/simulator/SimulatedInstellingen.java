package nl.inburgeringsregie.duo.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated DUO's list of recognised institutions, its answer to {@code GET /instellingen} (Inburgeringsaanbod
 * API, {@code getInstellingen}: an array of at most 200 Instelling). DUO has one list for every gemeente, so the
 * simulator keeps one too. The institutions are invented for the demo (each name says so): four with the Blik op Werk
 * keurmerk (one of them also a taalschakelinstelling), one taalschakelinstelling only, one without any keurmerk.
 * Tests put their own list in place with {@link #replace} and the demo list back with {@link #reset}.
 */
public final class SimulatedInstellingen {

    private static final List<Map<String, Object>> DEMO = List.of(
            instelling("DEMO000001", "Taalcentrum West-Friesland (demo)", "1621AB", 12, null, "Hoorn", "1000001", null,
                    true, false),
            instelling("DEMO000002", "Taalschool De Brug (demo)", "1601CD", 3, "A", "Enkhuizen", "1000002", null, true,
                    false),
            instelling("DEMO000003", "NT2 Academie Noord (demo)", "9711AB", 100, null, "Groningen", "1000003", null, true,
                    false),
            instelling("DEMO000004", "Onderwijsinstituut Noorderkwartier (demo)", "1781AA", 40, null, "Den Helder",
                    "1000004", "30XY", true, true),
            instelling("DEMO000005", "Taalschakeljaar Noord-Holland (demo)", "1811EE", 7, "bis", "Alkmaar", null,
                    "25XZ", false, true),
            instelling("DEMO000006", "Taalhuis Medemblik (demo, zonder keurmerk)", "1671AA", 5, null, "Medemblik", null,
                    null, false, false));

    private static final AtomicReference<List<Map<String, Object>>> CURRENT = new AtomicReference<>(DEMO);

    private SimulatedInstellingen() {
    }

    /** The list DUO answers now. */
    public static List<Map<String, Object>> current() {
        return CURRENT.get();
    }

    /** DUO's list from now on (a test's own list). */
    public static void replace(List<Map<String, Object>> instellingen) {
        CURRENT.set(List.copyOf(instellingen));
    }

    /** The demo list again. */
    public static void reset() {
        CURRENT.set(DEMO);
    }

    /** One Instelling as DUO gives it; a null field is left out (none of the optional ones is nullable). */
    public static Map<String, Object> instelling(String instellingsnummer, String naam, String postcode, int huisnummer,
            String toevoeging, String plaatsnaam, String bow, String brin, boolean bowKeurmerk, boolean tstKeurmerk) {
        var instelling = new LinkedHashMap<String, Object>();
        instelling.put("instellingsnummer", instellingsnummer);
        instelling.put("naam", naam);
        instelling.put("postcode", postcode);
        instelling.put("huisnummer", huisnummer);
        if (toevoeging != null) {
            instelling.put("huisnummertoevoeging", toevoeging);
        }
        instelling.put("plaatsnaam", plaatsnaam);
        if (bow != null) {
            instelling.put("bow", bow);
        }
        if (brin != null) {
            instelling.put("brin", brin);
        }
        instelling.put("indicatieBowKeurmerk", bowKeurmerk);
        instelling.put("indicatieTstKeurmerk", tstKeurmerk);
        return instelling;
    }
}
