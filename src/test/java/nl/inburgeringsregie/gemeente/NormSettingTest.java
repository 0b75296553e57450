package nl.inburgeringsregie.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.support.IntegrationTest;

/** How gemeenten configure their norms, and the refusal to run with a norm missing. */
@IntegrationTest
class NormSettingTest {

    @Autowired
    GemeenteService gemeenten;
    @Autowired
    NormConfigurationCheck check;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyStartingPointMeansTheLegalOne() {
        var hoorn = gemeenten.normSetting("GM0405", Norm.PIP).orElseThrow();
        assertThat(hoorn.countsFrom()).as("Besluit inburgering 2021 art. 5.3").containsExactly("BRP_REGISTERED", "DUO_NOTICE");
        assertThat(hoorn.period()).isEqualTo(Period.ofWeeks(10));
        assertThat(hoorn.reminderBefore()).isEqualTo(Period.ofWeeks(1));
        assertThat(gemeenten.normSetting("GM0405", Norm.FINANCIEEL_ONTZORGEN).orElseThrow().countsFrom())
                .containsExactly("BIJSTAND_STARTED");
        assertThat(gemeenten.normSetting("GM1966", Norm.PIP).orElseThrow().countsFrom())
                .as("Het Hogeland counts from the BRP registration").containsExactly("BRP_REGISTERED");
    }

    @Test
    void refusesToStartWhenAGemeenteLacksANorm() {
        check.everyGemeenteHasEveryNorm();
        jdbc.sql("INSERT INTO gemeente (code, name) VALUES ('GM9998', 'Testgemeente')").update();
        jdbc.sql("INSERT INTO gemeente_norm (gemeente_code, norm, period) VALUES ('GM9998', 'BREDE_INTAKE', 'P4W')").update();
        try {
            assertThat(gemeenten.missingNorms()).containsExactly("GM9998 PIP", "GM9998 VOORTGANGSGESPREK",
                    "GM9998 FINANCIEEL_ONTZORGEN", "GM9998 INBURGERINGSTERMIJN", "GM9998 NAZORG");
            assertThatThrownBy(check::everyGemeenteHasEveryNorm).hasMessageContaining("GM9998 PIP");
        } finally {
            jdbc.sql("DELETE FROM gemeente_norm WHERE gemeente_code = 'GM9998'").update();
            jdbc.sql("DELETE FROM gemeente WHERE code = 'GM9998'").update();
        }
        assertThat(gemeenten.missingNorms()).isEqualTo(List.of());
    }
}
