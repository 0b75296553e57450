package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.fasterxml.jackson.databind.ObjectMapper;

/** How DUO's answers are read, field by field, from answers as DUO's OpenAPI files define them. */
class DuoReadsTest {

    /**
     * duo-m2m/API/Inburgeringstermijn/openapi.yml, Periode: startdatum "De datum die het begin van de periode aangeeft
     * (inclusief)", einddatum "De datum die het einde van de periode aangeeft (exclusief)". A three-year term from
     * 24-11-2026 that DUO ends (exclusive) on 24-11-2029 has its last day on 23-11-2029, as the case computes it
     * (Norm.INBURGERINGSTERMIJN), so no difference with DUO is reported.
     */
    @Test
    void duosExclusiveTermEinddatumIsTheDayAfterTheTermsLastDay() {
        var reads = readsAnswering("{\"startdatum\":\"2026-11-24\",\"einddatum\":\"2029-11-24\"}");

        var term = reads.termijn("999990019", "00000001234567890000").orElseThrow();

        assertThat(term.startdatum()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(term.lastDay()).isEqualTo(LocalDate.of(2029, 11, 23));
    }

    /**
     * duo-m2m/API/Inburgeringsplicht/openapi.yml: the obligation's einddatum is inclusive ("De datum die het einde van
     * de periode aangeeft (inclusief)") and is taken as it is.
     */
    @Test
    void theObligationsEinddatumIsInclusiveAndTakenAsItIs() {
        var reads = readsAnswering("{\"indicatorInburgeringsplicht\":true,\"begindatum\":\"2026-02-01\","
                + "\"einddatum\":\"2027-03-31\"}");

        var obligation = reads.inburgeringsplicht("999990019", "00000001234567890000").orElseThrow();

        assertThat(obligation.begindatum()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(obligation.einddatum()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    /**
     * A read is checked against DUO's file before it leaves, like every message (issue 20): a BSN outside the file's
     * pattern ({@code \\d{9}}, Inburgeringstermijn openapi.yml, parameter Bsn) is refused, never asked, never repeated.
     */
    @Test
    void aReadOutsideTheSpecificationIsRefusedBeforeItLeaves() {
        var asked = new ArrayList<DuoApi.Call>();
        var reads = readsAnswering("{\"startdatum\":\"2026-11-24\",\"einddatum\":\"2029-11-24\"}", asked);

        assertThatThrownBy(() -> reads.termijn("99999001", "00000001234567890000"))
                .isInstanceOf(DuoRejectedException.class)
                .hasMessageContaining("voldoet niet aan de specificatie")
                .hasMessageNotContaining("99999001");
        assertThat(asked).isEmpty();

        assertThat(reads.termijn("999990019", "00000001234567890000")).isPresent();
        assertThat(asked).singleElement().extracting(DuoApi.Call::path).isEqualTo("/personen/999990019/inburgeringstermijn");
    }

    private static DuoReads readsAnswering(String body) {
        return readsAnswering(body, new ArrayList<>());
    }

    private static DuoReads readsAnswering(String body, List<DuoApi.Call> asked) {
        DuoApi api = new DuoApi() {
            @Override
            public Optional<String> read(Call call) {
                asked.add(call);
                return Optional.of(body);
            }

            @Override
            public Answer send(Call call) {
                throw new UnsupportedOperationException("reads only");
            }
        };
        return new DuoReads(api, new ObjectMapper(), new DuoRequestCheck(new DuoSpecifications(),
                new MockEnvironment().withProperty("inburgering.duo.oin", "00000001999999999000")));
    }
}
