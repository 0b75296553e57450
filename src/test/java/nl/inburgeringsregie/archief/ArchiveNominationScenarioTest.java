package nl.inburgeringsregie.archief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 21, point 4, first part: a closed case gets its archiefnominatie and archiefactiedatum from the selectielijst
 * category of its result (VNG Selectielijst 2020, procestype 8: 8.3 "Beëindigd" for an obligation DUO ended, vernietigen
 * after 10 years; ZGW Zaken API: derived when the case closes, brondatum "afgehandeld").
 */
class ArchiveNominationScenarioTest extends ScenarioTest {

    @Autowired
    ArchiveNominationService archives;

    @Test
    void aCaseEndedByDuoIsNominatedForDestructionTenYearsAfterItClosed() throws Exception {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        var open = getJson("coordinator", "/api/zaken/" + driver.caseNumber() + "/archief");
        assertThat(open.get("archiefactiedatum").isNull()).isTrue();
        assertThat(open.get("omschrijving").asText()).contains("nog open");

        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS110");

        CaseArchive archive = archives.of(aCase().id()).orElseThrow();
        assertThat(archive.resultCategory()).isEqualTo("8.3");
        assertThat(archive.nomination()).isEqualTo(Nomination.VERNIETIGEN);
        assertThat(archive.sourceDate()).isEqualTo(TODAY);
        assertThat(archive.actionDate()).isEqualTo(TODAY.plusYears(10));
        assertThat(archive.archiveStatus()).isEqualTo("NOG_TE_ARCHIVEREN");

        var read = getJson("consulent", "/api/zaken/" + driver.caseNumber() + "/archief");
        assertThat(read.get("archiefnominatieOmschrijving").asText()).isEqualTo("vernietigen");
        assertThat(read.get("omschrijving").asText()).isEqualTo("Selectielijst 8.3 Beëindigd: vernietigen op of na "
                + nl.inburgeringsregie.shared.DutchDate.format(TODAY.plusYears(10)));
    }

    @Autowired
    ArchiveBackfill backfill;

    /** A case closed before archiving existed gets its nominatie at start, from the day it closed. */
    @Test
    void aCaseClosedBeforeArchivingExistedIsNominatedFromTheDayItClosed() throws Exception {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS111");
        jdbc.sql("DELETE FROM case_archive WHERE case_id = ?").param(aCase().id()).update();
        jdbc.sql("UPDATE integration_case SET closed_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.parse("2025-03-31T22:30:00Z"), aCase().id()).update();

        backfill.nominateClosedCasesWithout();

        CaseArchive archive = archives.of(aCase().id()).orElseThrow();
        assertThat(archive.sourceDate()).as("31 March 22:30 UTC is 1 April in Amsterdam")
                .isEqualTo(java.time.LocalDate.of(2025, 4, 1));
        assertThat(archive.actionDate()).isEqualTo(java.time.LocalDate.of(2035, 4, 1));
        assertThat(archive.resultCategory()).isEqualTo("8.3");
    }

    @Test
    void everyClosureReasonNeedsACompleteCategory() {
        var complete = new EnumMap<ClosureReason, ArchiveSettings.ResultCategory>(ClosureReason.class);
        for (ClosureReason reason : ClosureReason.values()) {
            complete.put(reason, new ArchiveSettings.ResultCategory("8.1", "Verstrekt", Nomination.VERNIETIGEN,
                    Period.ofYears(10)));
        }
        assertThat(new ArchiveSettings(complete).of(ClosureReason.OVERLEDEN).categorie()).isEqualTo("8.1");

        var missing = new EnumMap<>(complete);
        missing.remove(ClosureReason.VERHUISD);
        assertThatThrownBy(() -> new ArchiveSettings(missing)).hasMessageContaining("VERHUISD");

        var incomplete = new EnumMap<>(complete);
        incomplete.put(ClosureReason.DIPLOMA, new ArchiveSettings.ResultCategory("8.1", "Verstrekt", null,
                Period.ofYears(10)));
        assertThatThrownBy(() -> new ArchiveSettings(incomplete)).hasMessageContaining("DIPLOMA");
        assertThatThrownBy(() -> new ArchiveSettings(Map.of())).hasMessageContaining("geen selectielijstcategorie");
    }
}
