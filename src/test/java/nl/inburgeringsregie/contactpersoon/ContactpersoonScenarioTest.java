package nl.inburgeringsregie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.contactpersoon.process.DuoBerichtVariables;
import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.simulator.SimulatedContactpersonen;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 20, point 4: "the case's consulent is registered with DUO as contact person when assigned and re-registered on
 * reassignment; removed when the case closes" — through the outbox (model duo-bericht) to the simulated DUO, which
 * answers as the Contactpersoon API 1.0.0 does (README "Koppelen van een Contactpersoon": a link overwrites the
 * previous one). Demo users: Anna de Vries ({@code consulent}) and Fatima El Amrani ({@code consulent2}) of
 * Westfriesland, Carla Jansen ({@code coordinator}).
 */
class ContactpersoonScenarioTest extends ContactpersoonScenarioSupport {

    @Test
    void theConsulentIsLinkedOnAssignmentTheNewOneOnReassignmentAndUnlinkedOnClosure() throws Exception {
        assertThat(save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"))
                .getStatusCode().value()).isEqualTo(200);
        int start = duo.journal().size();
        deliverAll();
        int anna = registeredId(start, "Anna de Vries");

        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                TestDates.today().toString());
        driver.runAsyncSteps();
        assertThat(aCase().consulent()).isEqualTo("consulent");
        deliverAll();
        assertThat(SimulatedContactpersonen.linkOf(bsn)).as("Anna linked on assignment").contains(anna);

        save("consulent2", Aanmeldingen.HOORN, details("Fatima El Amrani", "f.elamrani@hoorn.nl", "06-12345678"));
        deliverAll();
        int fatima = registeredId(start, "Fatima El Amrani");
        var handover = post("coordinator", "/api/regie/zaken/overdragen", Map.of("zaaknummers",
                List.of(driver.caseNumber()), "consulent", "consulent2", "reden", "Anna met verlof"));
        assertThat(handover.getStatusCode().value()).as(handover.getBody()).isEqualTo(200);
        deliverAll();
        assertThat(SimulatedContactpersonen.linkOf(bsn)).as("Fatima linked, overwriting Anna").contains(fatima);

        save("consulent2", Aanmeldingen.HOORN, details("Fatima El Amrani", "f.elamrani@hoorn.nl", "0229 252211"));
        deliverAll();
        assertThat(SimulatedContactpersonen.contactpersoon(fatima).orElseThrow().gegevens().get("telefoonnummer")
                .asText()).as("the change reached DUO").isEqualTo("0229 252211");

        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS111");
        driver.runAsyncSteps();
        assertThat(aCase().isOpen()).isFalse();
        deliverAll();
        assertThat(SimulatedContactpersonen.linkOf(bsn)).as("unlinked on closure").isEmpty();
        assertThat(SimulatedContactpersonen.contactpersoon(fatima)).as("Fatima stays contact person of her other cases")
                .isPresent();

        assertThat(exchanges(start)).containsExactly(
                "CONTACTPERSOON_REGISTREREN /contactpersonen 201",
                "CONTACTPERSOON_KOPPELEN /contactpersonen/" + anna + "/personen/" + bsn + " 201",
                "CONTACTPERSOON_REGISTREREN /contactpersonen 201",
                "CONTACTPERSOON_KOPPELEN /contactpersonen/" + fatima + "/personen/" + bsn + " 201",
                "CONTACTPERSOON_WIJZIGEN /contactpersonen/" + fatima + " 200",
                "CONTACTPERSOON_ONTKOPPELEN /contactpersonen/" + fatima + "/personen/" + bsn + " 200");
        assertThat(jdbc.sql("SELECT operation FROM outbound_message WHERE case_id = ? ORDER BY id")
                .param(aCase().id()).query(String.class).list()).as("the case's message record")
                .containsSubsequence(DuoOperation.CONTACTPERSOON_KOPPELEN.name(),
                        DuoOperation.CONTACTPERSOON_KOPPELEN.name(), DuoOperation.CONTACTPERSOON_ONTKOPPELEN.name());
        assertThat(engine.getRuntimeService().createVariableInstanceQuery()
                .variableName(DuoBerichtVariables.VAR_BERICHT_ID).list()).as("no BSN in the engine")
                .allMatch(variable -> variable.getValue() instanceof Long);
    }
    @Test
    void aHandoverOfSeveralCasesStartsOneBundleThatHandsEachCaseToTheOutboxOnItsOwn() throws Exception {
        save("consulent2", Aanmeldingen.HOORN, details("Fatima El Amrani", "f.elamrani@hoorn.nl", "06-12345678"));
        deliverAll();
        int fatima = registeredId(0, "Fatima El Amrani");
        var data = new RegieData(jdbc);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(data.caseNumber(data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "consulent", null)));
        }
        long lastBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM contact_person_message").query(Long.class).single();
        long instancesBefore = outboxInstances();

        var handover = post("coordinator", "/api/regie/zaken/overdragen", Map.of("zaaknummers", numbers,
                "consulent", "consulent2", "reden", "Anna vertrekt"));

        assertThat(handover.getStatusCode().value()).as(handover.getBody()).isEqualTo(200);
        assertThat(outboxInstances() - instancesBefore).as("one bundle for Hoorn, not one per case").isEqualTo(1);
        assertThat(jdbc.sql("SELECT kind FROM contact_person_message WHERE id > ? ORDER BY id").param(lastBefore)
                .query(String.class).list()).containsExactly("BUNDEL", "OVERGEDRAGEN", "OVERGEDRAGEN", "OVERGEDRAGEN");
        deliverSince(lastBefore);
        deliverSince(lastBefore);
        for (String number : numbers) {
            String bsn = jdbc.sql("""
                    SELECT p.bsn FROM person p JOIN integration_case c ON c.person_id = p.id WHERE c.case_number = ?""")
                    .param(number).query(String.class).single();
            assertThat(SimulatedContactpersonen.linkOf(bsn)).as(number).contains(fatima);
        }
        assertThat(jdbc.sql("SELECT outcome FROM contact_person_message WHERE id > ? AND kind = 'BUNDEL'")
                .param(lastBefore).query(String.class).single()).isEqualTo("3 zaken klaargezet voor DUO");
    }
    @Test
    void aConsulentWithoutDetailsIsLinkedOnceTheyFillThemIn() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                TestDates.today().toString());
        int start = duo.journal().size();
        deliverAll();
        assertThat(exchanges(start)).as("nothing to link without details").isEmpty();
        assertThat(outcomes()).containsExactly("Wacht op de contactgegevens van Anna de Vries; niets gekoppeld");
        JsonNode mine = hoorn(getJson("consulent", PAGE_API));
        assertThat(mine.get("vastgelegd").asBoolean()).isFalse();
        assertThat(mine.get("naam").asText()).as("suggested from the account").isEqualTo("Anna de Vries");
        assertThat(mine.get("wachtendeZaken").asInt()).isPositive();

        save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        deliverAll();
        int anna = registeredId(start, "Anna de Vries");
        assertThat(SimulatedContactpersonen.linkOf(bsn)).contains(anna);
        mine = hoorn(getJson("consulent", PAGE_API));
        assertThat(mine.get("duoNummer").asInt()).isEqualTo(anna);
        assertThat(mine.get("bijDuoBijgewerkt").asBoolean()).isTrue();
    }
    @Test
    void badDetailsAreRefusedPerFieldAndNothingIsWrittenOrSent() throws Exception {
        long messagesBefore = jdbc.sql("SELECT COUNT(*) FROM contact_person_message").query(Long.class).single();
        var answer = save("consulent", Aanmeldingen.HOORN, details("Anna 2", "anna", "telefoon"));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("naam", "email", "telefoonnummer", "Vul een e-mailadres in zoals");

        var elsewhere = save("consulent", "GM1966", details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        assertThat(elsewhere.getStatusCode().value()).as("a gemeente Anna does not work for").isEqualTo(400);
        assertThat(elsewhere.getBody()).contains("Kies een gemeente waarvoor u werkt");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_person").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_person_message").query(Long.class).single())
                .isEqualTo(messagesBefore);
    }
}
