package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.TestDates;

/**
 * A norm carries the gemeente of its case (V32, issue 22, point 4), so the KPIs over the norms count it for the right
 * gemeente without joining the case: written with the norm, from the case, whichever gemeente that is.
 */
@IntegrationTest
class NormGemeenteTest {

    @Autowired
    DeadlineService deadlines;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNormOpenedForACaseCarriesTheCasesGemeente() {
        var data = new RegieData(jdbc);
        for (String gemeente : new String[] {"GM0405", "GM0498"}) {
            long caseId = data.newCase(gemeente, "GEZINSMIGRANT", null, "consulent", null);
            data.milestone(caseId, "BRP_REGISTERED", TestDates.today().minusWeeks(2));

            var opened = deadlines.open(data.caseNumber(caseId), Norm.PIP);

            assertThat(jdbc.sql("SELECT gemeente_code FROM case_deadline WHERE id = ?").param(opened.id())
                    .query(String.class).single()).isEqualTo(gemeente);
        }
    }
}
