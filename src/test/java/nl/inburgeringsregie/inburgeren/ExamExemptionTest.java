package nl.inburgeringsregie.inburgeren;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Which exempted part is no longer to pass [issue 18, error 15]. DUO's Vrijstelling API,
 * ExamenniveauGedeeltelijkeVrijstelling: "Gedeeltelijke vrijstellingen zijn gekoppeld aan een minimale taalbeheersing op
 * A2 of B1 niveau"; Ontheffing API, ExamenonderdeelOntheffingInburgering: "De examenonderdelen van het
 * inburgeringsexamen waarvoor ontheffing kan worden aangevraagd".
 */
class ExamExemptionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void aVrijstellingCoversAPartRequiredAtItsLevelOrLower() {
        var b1 = new ExamExemption(ExamPart.LE, ExamExemption.Kind.VRIJSTELLING, "B1", DAY, "GED");
        var a2 = new ExamExemption(ExamPart.LE, ExamExemption.Kind.VRIJSTELLING, "A2", DAY, "GED");
        assertThat(b1.covers("B1")).isTrue();
        assertThat(b1.covers("A2")).isTrue();
        assertThat(a2.covers("A2")).as("a part scaled down to A2").isTrue();
        assertThat(a2.covers("B1")).as("an A2 vrijstelling does not meet a B1 requirement").isFalse();
    }

    @Test
    void anOntheffingDispensesThePartWhateverTheLevel() {
        assertThat(new ExamExemption(ExamPart.SP, ExamExemption.Kind.ONTHEFFING, null, DAY, "MED").covers("B1")).isTrue();
        assertThat(new ExamExemption(ExamPart.KNM, ExamExemption.Kind.ONTHEFFING, null, DAY, "BIO").covers("B1")).isTrue();
    }

    @Test
    void theConsulentReadsThePartAndTheKind() {
        assertThat(new ExamExemption(ExamPart.LE, ExamExemption.Kind.VRIJSTELLING, "B1", DAY, "GED").text())
                .isEqualTo("Lezen (LE): vrijstelling op B1");
        assertThat(new ExamExemption(ExamPart.KNM, ExamExemption.Kind.ONTHEFFING, null, DAY, "MED").text())
                .isEqualTo("Kennis van de Nederlandse Maatschappij (KNM): ontheffing");
    }
}
