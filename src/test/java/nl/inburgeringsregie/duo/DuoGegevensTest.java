package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoGegevens.Regel;

/**
 * DUO's answers to the case page's reads in words beside the codes (issue 20, point 5), per DUO's OpenAPI files under
 * duo-m2m/API: Inburgeringsplicht (einddatum "(inclusief)"), Inburgeringstermijn (einddatum "(exclusief)"), Vrijstelling
 * (RedenVrijstellingInburgeringsplichtDescription), Ontheffing (OntheffingsgrondInburgeringDescription) and Examen
 * (GratisPogingTegoed, ExamenonderdeelWI2021Inburgering).
 */
class DuoGegevensTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theTermShowsTheLastDayBeforeDuosExclusiveEnd() throws Exception {
        var regels = DuoGegevens.regels(DuoOperation.TERMIJN_OPVRAGEN, json.readTree("""
                {"startdatum":"2026-11-24","einddatum":"2029-11-24","verlengingsgrondcode":"3",
                 "verlengingsgrondomschrijving":"Ziekte"}"""));

        assertThat(regels).contains(Regel.date("Startdatum", LocalDate.of(2026, 11, 24)),
                Regel.date("Laatste dag", LocalDate.of(2029, 11, 23)),
                new Regel("Verlengingsgrond", "Ziekte", "3", null));
    }

    @Test
    void theTermsHistoryGivesEachLastDayWithItsGround() throws Exception {
        var regels = DuoGegevens.regels(DuoOperation.TERMIJN_HISTORIE_OPVRAGEN, json.readTree("""
                [{"einddatum":"2029-11-24","wijzigingsdatum":"2026-11-24"},
                 {"einddatum":"2030-05-24","verlengingsgrondomschrijving":"Ziekte"}]"""));

        assertThat(regels).extracting(Regel::waarde).containsExactly("Laatste dag 23-11-2029, gewijzigd op 24-11-2026",
                "Laatste dag 23-05-2030, verlengingsgrond: Ziekte");
        assertThat(regels).extracting(Regel::datum).containsExactly(LocalDate.of(2029, 11, 23), LocalDate.of(2030, 5, 23));
    }

    @Test
    void theObligationsEndIsInclusiveAndTheReasonIsDuosOwnWords() throws Exception {
        var regels = DuoGegevens.regels(DuoOperation.INBURGERINGSPLICHT_OPVRAGEN, json.readTree("""
                {"indicatorInburgeringsplicht":false,"begindatum":"2026-01-01","einddatum":"2027-03-31",
                 "redenGeenInburgeringsplicht":"Inburgeringsplicht voldaan"}"""));

        assertThat(regels).containsExactly(Regel.text("Inburgeringsplichtig", "Nee"),
                Regel.date("Begindatum", LocalDate.of(2026, 1, 1)), Regel.date("Einddatum", LocalDate.of(2027, 3, 31)),
                Regel.text("Reden geen inburgeringsplicht", "Inburgeringsplicht voldaan"));
    }

    @Test
    void freeAttemptsArePerExamPartInWords() throws Exception {
        var regels = DuoGegevens.regels(DuoOperation.GRATISPOGINGEN_OPVRAGEN, json.readTree("""
                [{"onderdeel":"KNM","gratisPogingenTegoed":0},{"onderdeel":"LE","gratisPogingenTegoed":1},
                 {"onderdeel":"LU","gratisPogingenTegoed":2},{"onderdeel":"SC","gratisPogingenTegoed":2},
                 {"onderdeel":"SP","gratisPogingenTegoed":2}]"""));

        assertThat(regels).extracting(Regel::omschrijving).containsExactly("Kennis van de Nederlandse Maatschappij",
                "Lezen", "Luisteren", "Schrijven", "Spreken");
        assertThat(regels).extracting(Regel::code).containsExactly("KNM", "LE", "LU", "SC", "SP");
        assertThat(regels).extracting(Regel::waarde).startsWith("Geen gratis pogingen meer", "1 gratis poging",
                "2 gratis pogingen");
    }

    @Test
    void exemptionsGiveKindJudgementReasonPartAndPeriod() throws Exception {
        var vrijstellingen = DuoGegevens.regels(DuoOperation.VRIJSTELLINGEN_OPVRAGEN, json.readTree("""
                [{"TijdelijkeVrijstelling":{"oordeel":"Toekenning","reden":"INS","datumOordeel":"2026-03-01",
                  "startdatum":"2026-03-02","einddatum":"2026-09-01"}},
                 {"GedeeltelijkeVrijstelling":{"oordeel":"Afwijzing","reden":"GED","examenonderdeel":"SP",
                  "examenniveau":"B1"}},
                 {"GeheleVrijstelling":{"oordeel":"Toekenning","reden":"XYZ"}}]"""));

        assertThat(vrijstellingen).extracting(Regel::omschrijving).containsExactly("Tijdelijke vrijstelling",
                "Gedeeltelijke vrijstelling", "Gehele vrijstelling");
        assertThat(vrijstellingen.get(0).waarde()).isEqualTo("Toegekend: Bewijs van inschrijving bij een opleiding, door "
                + "DUO beoordeeld, van 02-03-2026 t/m 01-09-2026, besluit van 01-03-2026");
        assertThat(vrijstellingen.get(0).datum()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(vrijstellingen.get(1).waarde()).startsWith("Afgewezen: ").contains("Spreken op B1");
        assertThat(vrijstellingen.get(2)).as("a code DUO adds later shows as it is")
                .isEqualTo(new Regel("Gehele vrijstelling", "Toegekend: XYZ", "XYZ", null));
    }

    @Test
    void exemptionsFromTheObligationGiveTheirGroundAndHours() throws Exception {
        var ontheffingen = DuoGegevens.regels(DuoOperation.ONTHEFFINGEN_OPVRAGEN, json.readTree("""
                [{"GeheleOntheffing":{"oordeel":"Toekenning","datumOordeel":"2026-02-01","grond":"BIO"}},
                 {"GedeeltelijkeOntheffing":{"oordeel":"Toekenning","datumOordeel":"2026-02-02","grond":"MED",
                  "urenBelastbaarheidParticipatieactiviteit":120}}]"""));

        assertThat(ontheffingen).extracting(Regel::waarde).containsExactly(
                "Toegekend: Bijzondere individuele omstandigheden, besluit van 01-02-2026",
                "Toegekend: Medisch, besluit van 02-02-2026, belastbaar voor participatie: 120 uur");
        assertThat(ontheffingen).extracting(Regel::code).containsExactly("BIO", "MED");
    }

    @Test
    void anEmptyAnswerIsNoDataAndEveryPartHasADutchTitle() throws Exception {
        JsonNode empty = json.readTree("[]");

        var part = DuoGegevens.Onderdeel.read(DuoOperation.ONTHEFFINGEN_OPVRAGEN,
                DuoGegevens.regels(DuoOperation.ONTHEFFINGEN_OPVRAGEN, empty));

        assertThat(part.status()).isEqualTo(DuoGegevens.Status.GEEN_GEGEVENS);
        assertThat(part.melding()).isEqualTo("DUO heeft hierover geen gegevens.");
        assertThat(DuoGegevens.READS).extracting(DuoGegevens::titel).doesNotHaveDuplicates()
                .allSatisfy(titel -> assertThat(titel).doesNotContain("opvragen"));
        assertThat(DuoGegevens.Onderdeel.refused(DuoOperation.GRATISPOGINGEN_OPVRAGEN, "reden").melding())
                .isEqualTo("DUO geeft dit niet: reden");
        assertThat(List.of(DuoCaseReads.masked("pad /personen/123456782/ontheffingen", "123456782")))
                .containsExactly("pad /personen/{bsn}/ontheffingen");
    }
}
