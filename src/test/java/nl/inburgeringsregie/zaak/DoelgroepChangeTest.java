package nl.inburgeringsregie.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The doelgroep a case follows on DUO's SS124/SS125 [DUO Gebeurtenissen.md, "Wijziging doelgroep"; Inburgeringsplicht
 * API: Doelgroepindeling "Asielstatushouder" / "Gezinsmigrant en overige migrant", GedetailleerdeDoelgroep]; Wi2013
 * cases are outside DUO's exchange (DOMAIN.md) and keep theirs for the consulent to judge.
 */
class DoelgroepChangeTest {

    @ParameterizedTest(name = "{0} + {1} ({2}) -> {3}")
    @CsvSource(nullValues = "-", value = {
            "ASIELMIGRANT, Gezinsmigrant en overige migrant, Gezinsvormer, GEZINSMIGRANT",
            "ASIELMIGRANT, Gezinsmigrant en overige migrant, Gezinshereniger met Asielstatushouder, GEZINSMIGRANT",
            "ASIELMIGRANT, Gezinsmigrant en overige migrant, Geestelijk bedienaar, OVERIGE_MIGRANT",
            "ASIELMIGRANT, Gezinsmigrant en overige migrant, -, OVERIGE_MIGRANT",
            "ASIELMIGRANT, Asielstatushouder, -, -",
            "GEZINSMIGRANT, Asielstatushouder, -, ASIELMIGRANT",
            "OVERIGE_MIGRANT, Asielstatushouder, Asielstatushouder, ASIELMIGRANT",
            "GEZINSMIGRANT, Gezinsmigrant en overige migrant, Overig, -",
            "ONDERTUSSENGROEP, Gezinsmigrant en overige migrant, -, -",
            "ASIELMIGRANT_OVERGANG, Gezinsmigrant en overige migrant, -, -",
            "GEZINSMIGRANT, Onbekend, -, -"})
    void theCaseFollowsDuosDoelgroepUnderWi2021(Doelgroep current, String indeling, String detail, Doelgroep expected) {
        assertThat(DoelgroepChange.follow(current, indeling, detail)).isEqualTo(Optional.ofNullable(expected));
    }
}
