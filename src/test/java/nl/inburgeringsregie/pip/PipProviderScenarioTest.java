package nl.inburgeringsregie.pip;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Schakel3ScenarioTest;
import nl.inburgeringsregie.support.TestProviders;

/**
 * Issue 20, point 1: the PIP's taalaanbieder is a provider the case's gemeente contracts and DUO recognises (README
 * R:97), chosen from a list in "PIP opstellen", refused on submit with a Dutch message on the field otherwise (nothing
 * stored), and shown in words where the PIP is shown.
 */
class PipProviderScenarioTest extends Schakel3ScenarioTest {

    /** A taalschakelinstelling only (TST, no Blik op Werk): recognised for the onderwijsroute only. */
    private static final String TST_ONLY = "TEST000005";
    /** Blik op Werk, but DUO no longer lists it. */
    private static final String UNLISTED = "TEST000006";
    /** Blik op Werk, on DUO's list, but without a contract with the gemeente. */
    private static final String UNCONTRACTED = "TEST000007";

    @BeforeEach
    void providers() {
        provider(TST_ONLY, "Taalschakeljaar Test", false, true, true, "ONDERWIJSROUTE");
        provider(UNLISTED, "Taalschool Vroeger", true, false, false, "B1_ROUTE");
        provider(UNCONTRACTED, "Taalschool Elders", true, false, true, null);
        toDraftPip("B1-route haalbaar");
    }

    @Test
    void theFormOffersTheContractedRecognisedProvidersWithTheirRoutes() {
        JsonValue options = engine.getTaskService().getVariableTyped(driver.task(TASK_PIP_OPSTELLEN).getId(),
                "taalaanbieders");
        String list = options.getValueSerialized();

        assertThat(list).contains("\"value\":\"" + TestProviders.PROVIDER + "\"")
                .contains(TestProviders.PROVIDER_NAME + ", Den Helder – B1-route, Onderwijsroute, Z-route")
                .contains("\"value\":\"" + TST_ONLY + "\"").contains("Taalschakeljaar Test – Onderwijsroute");
        assertThat(list).as("not on DUO's list / no contract: not offered").doesNotContain(UNLISTED)
                .doesNotContain(UNCONTRACTED);
    }

    @Test
    void aProviderNotRecognisedOrNotContractedForTheRouteIsRefusedOnItsFieldAndNothingIsStored() {
        refused("B1_ROUTE", TST_ONLY, "Taalschakeljaar Test is niet erkend door Blik op Werk; voor de B1-route moet de"
                + " aanbieder het keurmerk van Blik op Werk hebben.");
        refused("B1_ROUTE", UNLISTED, "Taalschool Vroeger staat niet (meer) op de lijst van erkende instellingen van DUO");
        refused("B1_ROUTE", UNCONTRACTED, "Taalschool Elders heeft geen contract met de gemeente voor de B1-route");
        refused("B1_ROUTE", "ONBEKEND01", "Instelling ONBEKEND01 is niet bekend als erkende instelling van DUO");
        refused("B1_ROUTE", " ", "Kies de taalaanbieder");

        assertThat(pips.versions(driver.caseNumber())).as("nothing half-written").isEmpty();
        assertThat(driver.hasTask(TASK_PIP_OPSTELLEN)).isTrue();
    }

    @Test
    void aTaalschakelinstellingMayBeChosenForTheOnderwijsroute() {
        draftPip("ONDERWIJSROUTE", "Wil studeren", "taalaanbieder", TST_ONLY);

        Pip draft = pips.versions(driver.caseNumber()).get(0);
        assertThat(draft.languageProviderId()).isEqualTo(TST_ONLY);
        assertThat(draft.languageProvider()).isEqualTo("Taalschakeljaar Test");
    }

    @Test
    void theChosenProviderIsStoredByItsNumberAndShownInWords() throws Exception {
        draftPip("B1_ROUTE", null);

        Pip draft = pips.versions(driver.caseNumber()).get(0);
        assertThat(draft.languageProviderId()).isEqualTo(TestProviders.PROVIDER);
        assertThat(draft.languageProvider()).isEqualTo(TestProviders.PROVIDER_NAME);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_BEOORDELEN).getId(), "taalaanbiederNaam"))
                .as("PIP beoordelen shows the name").isEqualTo(TestProviders.PROVIDER_NAME);

        var versions = getJson("consulent", "/api/zaken/" + driver.caseNumber() + "/pip");
        assertThat(versions.get(0).get("taalaanbieder").asText()).isEqualTo(TestProviders.PROVIDER_NAME);
        assertThat(versions.get(0).get("taalaanbiederInstellingsnummer").asText()).isEqualTo(TestProviders.PROVIDER);
    }

    private void refused(String route, String provider, String message) {
        assertThatThrownBy(() -> draftPip(route, null, "taalaanbieder", provider))
                .isInstanceOfSatisfying(FormFieldValidationException.class, e -> {
                    assertThat((Object) e.getDetail()).isEqualTo("taalaanbieder");
                    assertThat(e.getMessage()).contains(message);
                });
    }

    private void provider(String number, String name, boolean bow, boolean tst, boolean listed, String route) {
        jdbc.sql("DELETE FROM provider_contract WHERE provider_id IN (SELECT id FROM provider WHERE instellingsnummer = ?)")
                .param(number).update();
        jdbc.sql("DELETE FROM provider WHERE instellingsnummer = ?").param(number).update();
        jdbc.sql("INSERT INTO provider (instellingsnummer, name, bow_keurmerk, tst_keurmerk, listed_by_duo, added_by) "
                + "VALUES (?, ?, ?, ?, ?, 'DUO')").params(number, name, bow, tst, listed).update();
        if (route != null) {
            jdbc.sql("INSERT INTO provider_contract (gemeente_code, provider_id, leerroute, valid_from, changed_by) "
                    + "SELECT ?, id, ?, ?, 'test' FROM provider WHERE instellingsnummer = ?")
                    .params(aCase().gemeenteCode(), route, LocalDate.of(2000, 1, 1), number).update();
        }
    }
}
