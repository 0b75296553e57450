package nl.inburgeringsregie.pip;

import static nl.inburgeringsregie.support.PropertyChecks.datesBetween;
import static nl.inburgeringsregie.support.PropertyChecks.orNull;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    @Test
    void anyDraftIsAnsweredPerFormFieldInDutch() {
        qt().forAll(drafts(), booleans().all(), Generate.enumValues(Doelgroep.class), integers().between(0, 2000))
                .checkAssert((draft, firstPip, doelgroep, languageHours) -> {
                    Map<String, String> violations = PipRules.violations(draft, firstPip, doelgroep, languageHours);
                    assertThat(PIP_FIELDS).containsAll(violations.keySet());
                    violations.values().forEach(message -> assertThat(message).isNotBlank().doesNotContain("null"));
                });
    }

    @Test
    void theDurationIsOneTo36Months() {
        qt().forAll(completeDrafts(), anyInteger()).checkAssert((draft, months) -> {
            var withDuration = new PipDraft(draft.leerroute(), draft.advisedRoute(), draft.deviationReason(), draft.niveau(),
                    draft.languageProvider(), draft.estimatedHoursB1(), draft.alfabetisering(), draft.mayFinishEducation(),
                    draft.pvtProvider(), draft.mapProvider(), draft.guidanceAgreements(), draft.participationAgreements(),
                    draft.ontzorgenAgreements(), months, draft.a2Parts(), draft.changeReason());
            boolean allowed = months != null && months >= 1 && months <= 36;
            assertThat(PipRules.violations(withDuration, true, Doelgroep.GEZINSMIGRANT).containsKey("duurMaanden"))
                    .isEqualTo(!allowed);
        });
    }

    @Test
    void aDagtekeningWithinItsBoundsIsAcceptedAndOneBeforeAnyBoundRefused() {
        Gen<DagtekeningRules.Bounds> anyBounds = optionalDates().zip(optionalDates(), optionalDates(), DagtekeningRules.Bounds::new);
        qt().forAll(dates(), dates(), anyBounds).checkAssert((dagtekening, today, bounds) -> {
            boolean allowed = !dagtekening.isAfter(today) && notBefore(dagtekening, bounds.obligationStartsOn())
                    && notBefore(dagtekening, bounds.settledOn()) && notBefore(dagtekening, bounds.pipInForce());
            Optional<String> violation = DagtekeningRules.violation(dagtekening, today, bounds);
            assertThat(violation.isEmpty()).isEqualTo(allowed);
            violation.ifPresent(message -> assertThat(message).startsWith("De dagtekening mag niet"));
        });
    }

    private static boolean notBefore(LocalDate date, LocalDate bound) {
        return bound == null || !date.isBefore(bound);
    }

    @Test
    void anyTextForTheAanbodsDatesIsAnsweredAtItsFieldNeverThrown() {
        Gen<OfferRules.Input> inputs = dateTexts().zip(dateTexts(), dateTexts(), OfferRules.Input::new);
        qt().forAll(inputs, Generate.enumValues(Leerroute.class), optionalDates(), optionalDates())
                .checkAssert((input, route, pipInForce, termStart) -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    var bounds = new OfferRules.Bounds(pipInForce, termStart,
                            termStart == null ? null : termStart.plusYears(3).minusDays(1), null);
                    OfferDates offer = OfferRules.checked(input, route, bounds, errors);
                    assertThat(Set.of(OfferRules.DATE, OfferRules.START, OfferRules.END)).containsAll(errors.keySet());
                    errors.values().forEach(message -> assertThat(message).isNotBlank().doesNotContain("null"));
                    if (offer != null && errors.isEmpty()) {
                        assertThat(DutchDate.read(input.date(), "d")).isEqualTo(offer.date());
                        assertThat(offer.courseEnd()).isAfter(offer.courseStart());
                        assertThat(offer.courseStart()).isAfterOrEqualTo(offer.date());
                    }
                });
    }

    private static Gen<PipDraft> drafts() {
        Gen<String> text = orNull(Generate.oneOf(strings().allPossible().ofLengthBetween(0, 12),
                Generate.pick(List.of(" ", "\t", "x".repeat(PipRules.MAX_NAME + 1), "x".repeat(PipRules.MAX_TEXT),
                        "x".repeat(PipRules.MAX_TEXT + 1)))), 20);
        Gen<Leerroute> route = orNull(Generate.enumValues(Leerroute.class), 20);
        Gen<String> niveau = orNull(Generate.pick(List.of("A2", "B1", "C1", "", " ", "b1")), 30);
        Gen<String> alfabetisering = orNull(Generate.pick(List.of("A", "AA", "NVT", "B", "")), 20);
        Gen<List<String>> a2Parts = orNull(lists().of(Generate.pick(List.of("LE", "LU", "SC", "SP", "XX", ""))).ofSizeBetween(0, 5), 30);
        Gen<Boolean> mayFinishEducation = Generate.booleans();
        Gen<Integer> anyInteger = anyInteger();
        return in -> new PipDraft(route.generate(in), route.generate(in), text.generate(in), niveau.generate(in),
                text.generate(in), anyInteger.generate(in), alfabetisering.generate(in), mayFinishEducation.generate(in),
                text.generate(in), text.generate(in), text.generate(in), text.generate(in), text.generate(in),
                anyInteger.generate(in), a2Parts.generate(in), text.generate(in));
    }

    private static Gen<PipDraft> completeDrafts() {
        return Generate.enumValues(Leerroute.class).map(route -> new PipDraft(route, route, null, null, "Taalschool Hoorn",
                null, "NVT", false, "Vluchtelingenwerk", route == Leerroute.ONDERWIJSROUTE ? null : "MAP Hoorn",
                "Wekelijks", "Vrijwilligerswerk", null, 12, List.of(), null));
    }

    private static Gen<Integer> anyInteger() {
        return orNull(Generate.oneOf(integers().all(), integers().between(-2, 40)), 10);
    }

    private static Gen<LocalDate> dates() {
        return datesBetween(LocalDate.of(2021, 6, 1), LocalDate.of(2027, 12, 31));
    }

    /** A date in 70 % of the examples, none in the others. */
    private static Gen<LocalDate> optionalDates() {
        return orNull(dates(), 30);
    }

    private static Gen<String> dateTexts() {
        return Generate.oneOf(dates().map(DutchDate::format), dates().map(LocalDate::toString),
                orNull(AdversarialText.anything(), 10));
    }
}
