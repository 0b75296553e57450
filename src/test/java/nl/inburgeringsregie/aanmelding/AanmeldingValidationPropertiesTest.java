package nl.inburgeringsregie.aanmelding;

import static nl.inburgeringsregie.support.PropertyChecks.datesBetween;
import static nl.inburgeringsregie.support.PropertyChecks.orNull;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    @Test
    void everyRefusalIsADutchMessageAtAFieldNothingIsThrown() {
        qt().forAll(requests(), booleans().all()).checkAssert((request, movedIn) -> {
            Map<String, String> errors = new LinkedHashMap<>();
            VALIDATOR.validate(request).forEach(violation ->
                    errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
            if (errors.isEmpty()) {
                errors.putAll(RULES.check(request, movedIn));
            }
            assertThat(FIELDS).containsAll(errors.keySet());
            errors.values().forEach(message -> assertThat(message).isNotBlank()
                    .doesNotContain("must ", "should ", "null", "{jakarta"));
        });
    }

    @Test
    void aBsnInAnotherScriptsDigitsIsRefusedAtTheBsn() {
        qt().forAll(AdversarialText.inForeignDigits(Generate.pick(List.of("999990111", "123456782", "111222333"))))
                .checkAssert(bsn -> {
                    var request = new AanmeldingRequest("Samir", "Nasser", bsn, LocalDate.of(1994, 3, 12), "SYR",
                            Doelgroep.GEZINSMIGRANT, "GM0405", null, "Arabisch", true, Opleidingsniveau.HBO, null, null,
                            null, null);
                    assertThat(VALIDATOR.validate(request)).singleElement().satisfies(violation -> {
                        assertThat(violation.getPropertyPath()).hasToString("bsn");
                        assertThat(violation.getMessage()).startsWith("Geen geldig BSN");
                    });
                });
    }

    private static Gen<AanmeldingRequest> requests() {
        Gen<String> text = orNull(Generate.oneOf(
                Generate.pick(List.of("Samir", "Nasser", "Arabisch", "AZC Alkmaar", "COA-HH-2001")),
                AdversarialText.anything()), 15);
        Gen<LocalDate> date = orNull(Generate.oneOf(datesBetween(LocalDate.of(1890, 1, 1), LocalDate.of(2030, 1, 1)),
                Generate.pick(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))), 20);
        Gen<String> bsn = Generate.oneOf(Generate.pick(List.of("999990111", "123456782", "000000000")), text);
        Gen<String> country = Generate.oneOf(Generate.pick(List.of("SYR", "ERI", "NLD", "DEU", "XXA", "QQQ", "syr")), text);
        Gen<String> gemeente = Generate.oneOf(Generate.pick(List.of("GM0405", "GM0363", "GM١٢٣٤", "GM12345")), text);
        Gen<Leerroute> route = orNull(Generate.enumValues(Leerroute.class), 20);
        Gen<String> niveau = orNull(Generate.pick(List.of("B1", "A2", "C1")), 30);
        Gen<AanmeldingRequest.PipVorigeGemeente> pip = orNull(in -> new AanmeldingRequest.PipVorigeGemeente(
                gemeente.generate(in), date.generate(in), route.generate(in), niveau.generate(in), date.generate(in)), 60);
        Gen<Doelgroep> doelgroep = orNull(Generate.enumValues(Doelgroep.class), 10);
        Gen<Boolean> tolkNodig = orNull(Generate.booleans(), 10);
        Gen<Opleidingsniveau> opleidingsniveau = orNull(Generate.enumValues(Opleidingsniveau.class), 10);
        Gen<Boolean> nareiziger = orNull(Generate.booleans(), 30);
        return in -> new AanmeldingRequest(text.generate(in), text.generate(in), bsn.generate(in), date.generate(in),
                country.generate(in), doelgroep.generate(in), gemeente.generate(in), text.generate(in), text.generate(in),
                tolkNodig.generate(in), opleidingsniveau.generate(in), date.generate(in), text.generate(in),
                nareiziger.generate(in), pip.generate(in), date.generate(in));
    }
}
