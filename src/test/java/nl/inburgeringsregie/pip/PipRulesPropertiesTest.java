package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.AdversarialText;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * Issue 24, point 3: the PIP's field rules over generated drafts and dates — {@link PipRules} (DUO's PIP rules,
 * README "Het aanleveren van een PIP", and the gemeente's own), {@link DagtekeningRules} ("Datum dagtekening") and
 * {@link OfferRules} (Inburgeringsaanbod, R:98-100): every answer is a Dutch message at a field of the form, never an
 * exception; a dagtekening within its bounds is accepted, one outside them refused.
 */
class PipRulesPropertiesTest {

    /** The form fields of "PIP opstellen" / "PIP wijzigen" a message may name. */
    private static final Set<String> PIP_FIELDS = Set.of("leerroute", "nieuweLeerroute", "afwijkingReden", "niveau",
            "a2Onderdelen", "wijzigingReden", "geschatteIntensiteitB1", "mapAanbieder", "taalaanbieder", "pvtAanbieder",
            "begeleidingAfspraken", "participatieAfspraken", "ontzorgenAfspraken", "alfabetisering", "duurMaanden");

    @Property
    void anyDraftIsAnsweredPerFormFieldInDutch(@ForAll("drafts") PipDraft draft, @ForAll boolean firstPip,
            @ForAll Doelgroep doelgroep, @ForAll @IntRange(min = 0, max = 2000) int languageHours) {
        Map<String, String> violations = PipRules.violations(draft, firstPip, doelgroep, languageHours);
        assertThat(PIP_FIELDS).containsAll(violations.keySet());
        violations.values().forEach(message -> assertThat(message).isNotBlank().doesNotContain("null"));
    }

    @Property
    void theDurationIsOneTo36Months(@ForAll("completeDrafts") PipDraft draft, @ForAll("anyInteger") Integer months) {
        var withDuration = new PipDraft(draft.leerroute(), draft.advisedRoute(), draft.deviationReason(), draft.niveau(),
                draft.languageProvider(), draft.estimatedHoursB1(), draft.alfabetisering(), draft.mayFinishEducation(),
                draft.pvtProvider(), draft.mapProvider(), draft.guidanceAgreements(), draft.participationAgreements(),
                draft.ontzorgenAgreements(), months, draft.a2Parts(), draft.changeReason());
        boolean allowed = months != null && months >= 1 && months <= 36;
        assertThat(PipRules.violations(withDuration, true, Doelgroep.GEZINSMIGRANT).containsKey("duurMaanden"))
                .isEqualTo(!allowed);
    }

    @Property
    void aDagtekeningWithinItsBoundsIsAcceptedAndOneBeforeAnyBoundRefused(@ForAll("dates") LocalDate dagtekening,
            @ForAll("dates") LocalDate today, @ForAll("optionalDates") Optional<LocalDate> obligation,
            @ForAll("optionalDates") Optional<LocalDate> settled, @ForAll("optionalDates") Optional<LocalDate> pipInForce) {
        var bounds = new DagtekeningRules.Bounds(obligation.orElse(null), settled.orElse(null), pipInForce.orElse(null));
        boolean allowed = !dagtekening.isAfter(today) && obligation.map(d -> !dagtekening.isBefore(d)).orElse(true)
                && settled.map(d -> !dagtekening.isBefore(d)).orElse(true)
                && pipInForce.map(d -> !dagtekening.isBefore(d)).orElse(true);
        Optional<String> violation = DagtekeningRules.violation(dagtekening, today, bounds);
        assertThat(violation.isEmpty()).isEqualTo(allowed);
        violation.ifPresent(message -> assertThat(message).startsWith("De dagtekening mag niet"));
    }

    @Property
    void anyTextForTheAanbodsDatesIsAnsweredAtItsFieldNeverThrown(@ForAll("dateTexts") String date,
            @ForAll("dateTexts") String start, @ForAll("dateTexts") String end, @ForAll Leerroute route,
            @ForAll("optionalDates") Optional<LocalDate> pipInForce, @ForAll("optionalDates") Optional<LocalDate> termStart) {
        Map<String, String> errors = new LinkedHashMap<>();
        var bounds = new OfferRules.Bounds(pipInForce.orElse(null), termStart.orElse(null),
                termStart.map(d -> d.plusYears(3).minusDays(1)).orElse(null), null);
        OfferDates offer = OfferRules.checked(new OfferRules.Input(date, start, end), route, bounds, errors);
        assertThat(Set.of(OfferRules.DATE, OfferRules.START, OfferRules.END)).containsAll(errors.keySet());
        errors.values().forEach(message -> assertThat(message).isNotBlank().doesNotContain("null"));
        if (offer != null && errors.isEmpty()) {
            assertThat(DutchDate.read(date, "d")).isEqualTo(offer.date());
            assertThat(offer.courseEnd()).isAfter(offer.courseStart());
            assertThat(offer.courseStart()).isAfterOrEqualTo(offer.date());
        }
    }

    @Provide
    Arbitrary<PipDraft> drafts() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of(" ", "\t", "x".repeat(PipRules.MAX_NAME + 1), "x".repeat(PipRules.MAX_TEXT),
                        "x".repeat(PipRules.MAX_TEXT + 1))).injectNull(0.2);
        Arbitrary<Leerroute> route = Arbitraries.of(Leerroute.class).injectNull(0.2);
        return Builders.withBuilder(() -> new Object[16])
                .use(route).in((a, v) -> set(a, 0, v))
                .use(route).in((a, v) -> set(a, 1, v))
                .use(text).in((a, v) -> set(a, 2, v))
                .use(Arbitraries.of("A2", "B1", "C1", "", " ", "b1").injectNull(0.3)).in((a, v) -> set(a, 3, v))
                .use(text).in((a, v) -> set(a, 4, v))
                .use(anyInteger()).in((a, v) -> set(a, 5, v))
                .use(Arbitraries.of("A", "AA", "NVT", "B", "").injectNull(0.2)).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 7, v))
                .use(text).in((a, v) -> set(a, 8, v))
                .use(text).in((a, v) -> set(a, 9, v))
                .use(text).in((a, v) -> set(a, 10, v))
                .use(text).in((a, v) -> set(a, 11, v))
                .use(text).in((a, v) -> set(a, 12, v))
                .use(anyInteger()).in((a, v) -> set(a, 13, v))
                .use(Arbitraries.of("LE", "LU", "SC", "SP", "XX", "").list().ofMaxSize(5).injectNull(0.3))
                .in((a, v) -> set(a, 14, v))
                .use(text).in((a, v) -> set(a, 15, v))
                .build(PipRulesPropertiesTest::draft);
    }

    @Provide
    Arbitrary<PipDraft> completeDrafts() {
        return Arbitraries.of(Leerroute.class).map(route -> new PipDraft(route, route, null, null, "Taalschool Hoorn",
                null, "NVT", false, "Vluchtelingenwerk", route == Leerroute.ONDERWIJSROUTE ? null : "MAP Hoorn",
                "Wekelijks", "Vrijwilligerswerk", null, 12, List.of(), null));
    }

    @Provide
    Arbitrary<Integer> anyInteger() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-2, 40)).injectNull(0.1);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(2021, 6, 1), LocalDate.of(2027, 12, 31));
    }

    @Provide
    Arbitrary<Optional<LocalDate>> optionalDates() {
        return dates().optional(0.7);
    }

    @Provide
    Arbitrary<String> dateTexts() {
        return Arbitraries.oneOf(dates().map(DutchDate::format), dates().map(LocalDate::toString),
                AdversarialText.anything().injectNull(0.1));
    }

    private static Object[] set(Object[] values, int index, Object value) {
        values[index] = value;
        return values;
    }

    @SuppressWarnings("unchecked")
    private static PipDraft draft(Object[] v) {
        return new PipDraft((Leerroute) v[0], (Leerroute) v[1], (String) v[2], (String) v[3], (String) v[4],
                (Integer) v[5], (String) v[6], (Boolean) v[7], (String) v[8], (String) v[9], (String) v[10],
                (String) v[11], (String) v[12], (Integer) v[13], (List<String>) v[14], (String) v[15]);
    }
}
