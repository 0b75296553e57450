package nl.inburgeringsregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.support.AdversarialText;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.HouseholdService;
import nl.inburgeringsregie.zaak.Opleidingsniveau;

/**
 * Issue 24, point 3: an aanmelding ({@code POST /api/aanmeldingen}) over generated requests, checked as
 * {@link AanmeldingService} checks it — Bean Validation of each field, then, when those are good, {@link AanmeldingRules}
 * (here without gemeenten or households in the database): every refusal is a Dutch message at a field of the request,
 * and neither step throws, whatever the fields hold (null, other scripts' digits, invisible characters, far dates).
 */
class AanmeldingValidationPropertiesTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 3).atStartOfDay(NL).toInstant(), NL);
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure().clockProvider(() -> CLOCK)
            .buildValidatorFactory().getValidator();
    private static final AanmeldingRules RULES = new AanmeldingRules(mock(GemeenteService.class),
            mock(HouseholdService.class), CLOCK, Period.ofYears(67));
    /** The request's fields, as the API's answers name them. */
    private static final Set<String> FIELDS = Set.of("voornamen", "achternaam", "bsn", "geboortedatum", "nationaliteit",
            "doelgroep", "gemeente", "huishoudenReferentie", "taal", "tolkNodig", "opleidingsniveau", "koppeldatum", "azc",
            "nareiziger", "pipVorigeGemeente", "pipVorigeGemeente.gemeente", "pipVorigeGemeente.dagtekening",
            "pipVorigeGemeente.leerroute", "pipVorigeGemeente.niveau", "pipVorigeGemeente.termijnEinde",
            "inburgeringsplichtBegindatum");

    @Property
    void everyRefusalIsADutchMessageAtAFieldNothingIsThrown(@ForAll("requests") AanmeldingRequest request,
            @ForAll boolean movedIn) {
        Map<String, String> errors = new LinkedHashMap<>();
        VALIDATOR.validate(request).forEach(violation ->
                errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        if (errors.isEmpty()) {
            errors.putAll(RULES.check(request, movedIn));
        }
        assertThat(FIELDS).containsAll(errors.keySet());
        errors.values().forEach(message -> assertThat(message).isNotBlank()
                .doesNotContain("must ", "should ", "null", "{jakarta"));
    }

    @Property
    void aBsnInAnotherScriptsDigitsIsRefusedAtTheBsn(@ForAll("foreignBsns") String bsn) {
        var request = new AanmeldingRequest("Samir", "Nasser", bsn, LocalDate.of(1994, 3, 12), "SYR",
                Doelgroep.GEZINSMIGRANT, "GM0405", null, "Arabisch", true, Opleidingsniveau.HBO, null, null, null, null);
        assertThat(VALIDATOR.validate(request)).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("bsn");
            assertThat(violation.getMessage()).startsWith("Geen geldig BSN");
        });
    }

    @Provide
    Arbitrary<AanmeldingRequest> requests() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("Samir", "Nasser", "Arabisch", "AZC Alkmaar", "COA-HH-2001"),
                AdversarialText.anything()).injectNull(0.15);
        Arbitrary<LocalDate> date = Arbitraries.oneOf(Dates.dates().between(LocalDate.of(1890, 1, 1), LocalDate.of(2030, 1, 1)),
                Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).injectNull(0.2);
        Arbitrary<String> bsn = Arbitraries.oneOf(Arbitraries.of("999990111", "123456782", "000000000"), text);
        Arbitrary<String> country = Arbitraries.oneOf(Arbitraries.of("SYR", "ERI", "NLD", "DEU", "XXA", "QQQ", "syr"), text);
        Arbitrary<String> gemeente = Arbitraries.oneOf(Arbitraries.of("GM0405", "GM0363", "GM١٢٣٤", "GM12345"), text);
        Arbitrary<AanmeldingRequest.PipVorigeGemeente> pip = Builders.withBuilder(() -> new Object[5])
                .use(gemeente).in((a, v) -> set(a, 0, v))
                .use(date).in((a, v) -> set(a, 1, v))
                .use(Arbitraries.of(Leerroute.class).injectNull(0.2)).in((a, v) -> set(a, 2, v))
                .use(Arbitraries.of("B1", "A2", "C1").injectNull(0.3)).in((a, v) -> set(a, 3, v))
                .use(date).in((a, v) -> set(a, 4, v))
                .build(v -> new AanmeldingRequest.PipVorigeGemeente((String) v[0], (LocalDate) v[1], (Leerroute) v[2],
                        (String) v[3], (LocalDate) v[4]))
                .injectNull(0.6);
        return Builders.withBuilder(() -> new Object[16])
                .use(text).in((a, v) -> set(a, 0, v))
                .use(text).in((a, v) -> set(a, 1, v))
                .use(bsn).in((a, v) -> set(a, 2, v))
                .use(date).in((a, v) -> set(a, 3, v))
                .use(country).in((a, v) -> set(a, 4, v))
                .use(Arbitraries.of(Doelgroep.class).injectNull(0.1)).in((a, v) -> set(a, 5, v))
                .use(gemeente).in((a, v) -> set(a, 6, v))
                .use(text).in((a, v) -> set(a, 7, v))
                .use(text).in((a, v) -> set(a, 8, v))
                .use(Arbitraries.of(true, false).injectNull(0.1)).in((a, v) -> set(a, 9, v))
                .use(Arbitraries.of(Opleidingsniveau.class).injectNull(0.1)).in((a, v) -> set(a, 10, v))
                .use(date).in((a, v) -> set(a, 11, v))
                .use(text).in((a, v) -> set(a, 12, v))
                .use(Arbitraries.of(true, false).injectNull(0.3)).in((a, v) -> set(a, 13, v))
                .use(pip).in((a, v) -> set(a, 14, v))
                .use(date).in((a, v) -> set(a, 15, v))
                .build(v -> new AanmeldingRequest((String) v[0], (String) v[1], (String) v[2], (LocalDate) v[3],
                        (String) v[4], (Doelgroep) v[5], (String) v[6], (String) v[7], (String) v[8], (Boolean) v[9],
                        (Opleidingsniveau) v[10], (LocalDate) v[11], (String) v[12], (Boolean) v[13],
                        (AanmeldingRequest.PipVorigeGemeente) v[14], (LocalDate) v[15]));
    }

    @Provide
    Arbitrary<String> foreignBsns() {
        return AdversarialText.inForeignDigits(Arbitraries.of("999990111", "123456782", "111222333"));
    }

    private static Object[] set(Object[] values, int index, Object value) {
        values[index] = value;
        return values;
    }
}
