package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP "CSV Injection": every character a spreadsheet starts a formula with gets a single quote first. */
class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+31 6", "-2+3", "@SUM(A1)", "\tTab", "\rCR"})
    void aTextStartingAFormulaBecomesText(String text) {
        assertThat(CsvExport.neutralised(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Amina Testpersoon", "2026-04-01", "a=b", "'al tekst"})
    void otherTextIsUnchanged(String text) {
        assertThat(CsvExport.neutralised(text)).isEqualTo(text);
    }
}
