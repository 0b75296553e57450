package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgeringsregie.support.TestProviders;
import nl.inburgeringsregie.zaak.Doelgroep;

/** The PIP rules, each with a draft that meets it and one that breaks it (DUO's rules from the M2M README). */
class PipRulesTest {

    @ParameterizedTest(name = "{0} with niveau {1}, first PIP {2}")
    @CsvSource({
            "B1_ROUTE, B1, true",
            "B1_ROUTE, A2, false",
            "ONDERWIJSROUTE, B1, true",
            "Z_ROUTE, A2, true",
            "Z_ROUTE, , true"})
    void acceptsTheLevelsDuoAccepts(Leerroute route, String niveau, boolean firstPip) {
        assertThat(PipRules.violations(draft(route, niveau), firstPip, Doelgroep.ASIELMIGRANT, 700)).isEmpty();
    }

    @ParameterizedTest(name = "{0} with niveau {1}, first PIP {2}")
    @CsvSource({
            "ONDERWIJSROUTE, A2, false, onderwijsroute",
            "Z_ROUTE, B1, false, Z-route",
            "B1_ROUTE, A2, true, eerste PIP",
            "B1_ROUTE, C1, false, B1 of A2"})
    void refusesTheLevelsDuoRefuses(Leerroute route, String niveau, boolean firstPip, String message) {
        assertThat(PipRules.violations(draft(route, niveau), firstPip, Doelgroep.ASIELMIGRANT, 700))
                .containsOnlyKeys("niveau").extractingByKey("niveau").asString().contains(message);
    }

    @Test
    void theEstimatedB1IntensityIsOnlyForAsielmigrantenOnTheB1Route() {
        assertThat(PipRules.violations(draft(Leerroute.B1_ROUTE, "B1", 600, "Werkplein"), true, Doelgroep.ASIELMIGRANT))
                .isEmpty();
        assertThat(PipRules.violations(draft(Leerroute.B1_ROUTE, "B1", 600, "Werkplein"), true, Doelgroep.GEZINSMIGRANT))
                .containsOnlyKeys("geschatteIntensiteitB1");
        assertThat(PipRules.violations(draft(Leerroute.Z_ROUTE, null, 600, "Werkplein"), true, Doelgroep.ASIELMIGRANT))
                .containsOnlyKeys("geschatteIntensiteitB1");
        assertThat(PipRules.violations(draft(Leerroute.B1_ROUTE, "B1", 10000, "Werkplein"), true, Doelgroep.ASIELMIGRANT))
                .containsOnlyKeys("geschatteIntensiteitB1");
    }

    @Test
    void theOnderwijsrouteHasNoMapAndTheOtherRoutesNeedOne() {
        assertThat(PipRules.violations(draft(Leerroute.ONDERWIJSROUTE, null, null, null), true, Doelgroep.ASIELMIGRANT))
                .isEmpty();
        assertThat(PipRules.violations(draft(Leerroute.ONDERWIJSROUTE, null, null, "Werkplein"), true,
                Doelgroep.ASIELMIGRANT)).containsOnlyKeys("mapAanbieder");
        assertThat(PipRules.violations(draft(Leerroute.Z_ROUTE, null, null, " "), true, Doelgroep.ASIELMIGRANT))
                .containsOnlyKeys("mapAanbieder");
    }

    @Test
    void aRouteOtherThanTheAdviceNeedsAReason() {
        var deviating = new PipDraft(Leerroute.Z_ROUTE, Leerroute.B1_ROUTE, " ", null, TestProviders.PROVIDER, null, "NVT", false,
                "Vluchtelingenwerk", "Werkplein", "Begeleiding", "Participatie", null, 36, null, null);
        assertThat(PipRules.violations(deviating, true, Doelgroep.ASIELMIGRANT)).containsOnlyKeys("afwijkingReden");
        var reasoned = new PipDraft(Leerroute.Z_ROUTE, Leerroute.B1_ROUTE, "Analfabeet, concentratieproblemen", null,
                TestProviders.PROVIDER, null, "NVT", false, "Vluchtelingenwerk", "Werkplein", "Begeleiding", "Participatie", null, 36, null, null);
        assertThat(PipRules.violations(reasoned, true, Doelgroep.ASIELMIGRANT)).isEmpty();
    }

    @Test
    void requiredPartsAndLimitsGetADutchMessagePerField() {
        var empty = new PipDraft(Leerroute.B1_ROUTE, null, null, null, "", null, "X", false, null, null, null, "x".repeat(2001),
                null, 37, null, null);
        assertThat(PipRules.violations(empty, true, Doelgroep.ASIELMIGRANT)).containsOnlyKeys("taalaanbieder", "alfabetisering",
                "pvtAanbieder", "mapAanbieder", "begeleidingAfspraken", "participatieAfspraken", "duurMaanden");
        assertThat(PipRules.violations(new PipDraft(null, null, null, null, null, null, null, false, null, null, null,
                null, null, null, null, null), true, Doelgroep.ASIELMIGRANT)).containsOnlyKeys("leerroute");
    }

    @Test
    void theLevelDuoRegistersDefaultsToB1ExceptOnTheZRoute() {
        assertThat(PipRules.effectiveNiveau(draft(Leerroute.ONDERWIJSROUTE, null, null, null))).isEqualTo("B1");
        assertThat(PipRules.effectiveNiveau(draft(Leerroute.B1_ROUTE, "A2", null, "Werkplein"))).isEqualTo("A2");
        assertThat(PipRules.effectiveNiveau(draft(Leerroute.Z_ROUTE, "A2", null, "Werkplein"))).isNull();
    }

    /** A complete draft; {@code map} is dropped for the onderwijsroute unless a test passes it explicitly. */
    private static PipDraft draft(Leerroute route, String niveau, Integer hours, String map) {
        return new PipDraft(route, route, null, niveau, TestProviders.PROVIDER, hours, "NVT", false, "Vluchtelingenwerk",
                map, "Maandelijks gesprek", "Vrijwilligerswerk", null, 36, null, null);
    }

    private static PipDraft change(String niveau, java.util.List<String> a2Parts, String reason) {
        return new PipDraft(Leerroute.B1_ROUTE, null, null, niveau, TestProviders.PROVIDER, null, "NVT", false,
                "Vluchtelingenwerk", "Werkplein", "Maandelijks gesprek", "Vrijwilligerswerk", null, 36, a2Parts, reason);
    }

    @Test
    void scalingB1ToA2OnPartsOnlyOnAChangedPipAfter600Hours() {
        var scaled = change("A2", java.util.List.of("SC", "SP"), "Schrijven en spreken blijven achter");
        assertThat(PipRules.violations(scaled, false, Doelgroep.ASIELMIGRANT, 640)).isEmpty();
        assertThat(PipRules.violations(scaled, false, Doelgroep.ASIELMIGRANT, 599)).containsOnlyKeys("niveau");
        assertThat(PipRules.violations(scaled, false, Doelgroep.ASIELMIGRANT, 599).get("niveau")).contains("600 uur")
                .contains("599");
        assertThat(PipRules.violations(scaled, true, Doelgroep.ASIELMIGRANT, 900)).containsOnlyKeys("niveau");
        assertThat(PipRules.violations(change("A2", java.util.List.of(), "Reden"), false, Doelgroep.ASIELMIGRANT, 700))
                .containsOnlyKeys("a2Onderdelen");
        assertThat(PipRules.violations(change("A2", java.util.List.of("KNM"), "Reden"), false, Doelgroep.ASIELMIGRANT, 700))
                .containsOnlyKeys("a2Onderdelen");
        assertThat(PipRules.violations(change("B1", java.util.List.of("SC"), "Reden"), false, Doelgroep.ASIELMIGRANT, 700))
                .containsOnlyKeys("a2Onderdelen");
    }

    @Test
    void aChangedPipNeedsAReason() {
        assertThat(PipRules.violations(change("B1", null, " "), false, Doelgroep.ASIELMIGRANT, 0))
                .containsOnlyKeys("wijzigingReden");
        assertThat(PipRules.violations(change("B1", null, null), true, Doelgroep.ASIELMIGRANT, 0)).isEmpty();
    }

    /** A draft as a first or changed PIP: scaled to A2 on writing when the level is A2, with a reason. */
    private static PipDraft draft(Leerroute route, String niveau) {
        return new PipDraft(route, route, null, niveau, TestProviders.PROVIDER, null, "NVT", false, "Vluchtelingenwerk",
                route == Leerroute.ONDERWIJSROUTE ? null : "Werkplein", "Maandelijks gesprek", "Vrijwilligerswerk", null,
                36, route == Leerroute.B1_ROUTE && "A2".equals(niveau) ? java.util.List.of("SC") : null, "Wijziging");
    }

    /**
     * DOMAIN.md: "Wi2013 cases (ondertussengroep, asielmigrant coupled before 2022) have no Wi2021 leerroute": their
     * PIP (begeleiding, participation, PVT, duration) is accepted without a route and refused with one.
     */
    @ParameterizedTest
    @EnumSource(value = Doelgroep.class, names = {"ONDERTUSSENGROEP", "ASIELMIGRANT_OVERGANG"})
    void aWi2013PipHasNoLeerroute(Doelgroep wi2013) {
        var plan = new PipDraft(null, null, null, null, null, null, null, false, "Vluchtelingenwerk", null,
                "Maandelijks gesprek", "Vrijwilligerswerk", null, 24, null, null);
        assertThat(PipRules.violations(plan, true, wi2013)).isEmpty();
        assertThat(PipRules.violations(draft(Leerroute.B1_ROUTE, "B1", null, "Werkplein"), true, wi2013))
                .containsOnlyKeys("leerroute");
        assertThat(PipRules.violations(plan, false, wi2013)).as("a change needs its reason")
                .containsOnlyKeys("wijzigingReden");
        assertThat(PipRules.violations(plan, true, Doelgroep.ASIELMIGRANT)).as("Wi2021: a route is required")
                .containsEntry("leerroute", "Kies een leerroute");
    }
}
