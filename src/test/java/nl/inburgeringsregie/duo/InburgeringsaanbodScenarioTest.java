package nl.inburgeringsregie.duo;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_GEWIJZIGD_PIP_BEOORDELEN;
import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_PIP_WIJZIGEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.duo.simulator.SimulatedAanbod;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestProviders;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 20, point 2: the Inburgeringsaanbod (SDI014) of an asielmigrant with a PIP, delivered per instelling when the
 * route starts (the PIP registered), delivered anew with the old instelling's DELETEd when a changed PIP names another
 * taalaanbieder, checked by DUO's rules (README "Inburgeringsaanbod") where the consulent enters it — each as DUO's
 * simulator received it and as kept in outbound_message.
 */
class InburgeringsaanbodScenarioTest extends SimulatedDuoScenarioTest {

    /** "Taalcentrum West-Friesland (demo)": Blik op Werk, on the simulated DUO's list. */
    private static final String OTHER = "DEMO000001";
    /** "Taalschakeljaar Noord-Holland (demo)": a taalschakelinstelling only (TST), for the onderwijsroute. */
    private static final String TST_ONLY = "DEMO000005";

    @Autowired
    DuoAanbodSender aanbod;

    @Test
    void deliveredWhenTheRouteStartsAndMovedToTheNewProviderWhenThePipChanges() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        driver.runAsyncSteps();

        var delivered = received("INBURGERINGSAANBOD_REGISTREREN");
        assertThat(delivered.status()).as("DUO's simulator registered it").isEqualTo(201);
        assertThat(delivered.findings()).as("checked against Inburgeringsaanbod/openapi.yml").isEmpty();
        assertThat(delivered.path()).isEqualTo("/personen/" + bsn + "/Inburgeringsaanbod/" + TestProviders.PROVIDER);
        assertThat(delivered.body()).contains("\"datumInburgeringsaanbod\":\"" + TODAY + "\"",
                "\"verwachteStartdatumOpleiding\":\"" + TODAY.plusDays(14) + "\"",
                "\"verwachteEinddatumOpleiding\":\"" + TODAY.plusYears(1) + "\"",
                "\"indicatorAlfabetiseringsonderwijs\":\"NVT\"");
        assertThat(SimulatedAanbod.of(duo.person(bsn))).containsOnlyKeys(TestProviders.PROVIDER);
        assertThat(aanbod.current(driver.caseNumber())).get().extracting(InburgeringsaanbodRecords.Delivered::instellingsnummer)
                .isEqualTo(TestProviders.PROVIDER);
        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).hasSize(1);

        // a changed PIP with another taalaanbieder: the new instelling's aanbod, the old one's DELETEd
        contract(OTHER, "B1_ROUTE");
        askPipChange();
        var change = CaseDriver.vars("nieuweLeerroute", "B1_ROUTE", "niveau", "B1", "nieuweTaalaanbieder", OTHER,
                "wijzigingReden", "Een taalaanbieder dichter bij huis");
        change.putAll(TestProviders.offer(TODAY));
        driver.complete(TASK_PIP_WIJZIGEN, "consulent", "consulenten", change);
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();

        assertThat(received("INBURGERINGSAANBOD_REGISTREREN").path()).endsWith("/Inburgeringsaanbod/" + OTHER);
        var deleted = received("INBURGERINGSAANBOD_VERWIJDEREN");
        assertThat(deleted.path()).isEqualTo("/personen/" + bsn + "/Inburgeringsaanbod/" + TestProviders.PROVIDER);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(SimulatedAanbod.of(duo.person(bsn))).containsOnlyKeys(OTHER);
        assertThat(aanbod.current(driver.caseNumber())).get().extracting(InburgeringsaanbodRecords.Delivered::instellingsnummer)
                .isEqualTo(OTHER);
        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).hasSize(2);
        assertThat(outbox("INBURGERINGSAANBOD_VERWIJDEREN")).hasSize(1);

        // the offer ends: DUO ends the obligation (SS110), the case closes and its step withdraws the aanbod at DUO
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS110");
        assertThat(driver.main()).as("the case's process ended after the withdrawal").isNull();
        assertThat(received("INBURGERINGSAANBOD_VERWIJDEREN").path()).endsWith("/Inburgeringsaanbod/" + OTHER);
        assertThat(received("INBURGERINGSAANBOD_VERWIJDEREN").status()).isEqualTo(204);
        assertThat(SimulatedAanbod.of(duo.person(bsn))).isEmpty();
        assertThat(aanbod.current(driver.caseNumber())).isEmpty();
        assertThat(aanbod.withdraw(driver.caseNumber())).as("nothing left to withdraw, nothing sent").isZero();
        assertThat(outbox("INBURGERINGSAANBOD_VERWIJDEREN")).hasSize(2);
    }

    @Test
    void aChangeThatKeepsTheProviderAndLeavesTheDatesEmptyKeepsTheAanbodAndSendsNothingNew() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        askPipChange();
        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "Z_ROUTE", "wijzigingReden", "Leert te langzaam voor B1");
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();

        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().offerDate()).isEqualTo(TODAY);
        assertThat(outbox("PIP_REGISTREREN")).hasSize(2);
        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).as("DUO has this aanbod already").hasSize(1);
        assertThat(outbox("INBURGERINGSAANBOD_VERWIJDEREN")).isEmpty();
    }

    @Test
    void aChangedAanbodBreakingDuosRulesIsRefusedOnItsFieldAndNothingIsSent() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        contract(TST_ONLY, "ONDERWIJSROUTE");
        askPipChange();
        LocalDate termEnd = aCase().termEndsOn();

        refused("aanbodDatum", "ligt vóór de dagtekening van het geldende PIP", "B1_ROUTE", TestProviders.PROVIDER,
                TODAY.minusDays(1), TODAY.plusDays(14), TODAY.plusYears(1));
        refused("aanbodStartdatum", "kan niet starten vóór de datum van het inburgeringsaanbod", "B1_ROUTE",
                TestProviders.PROVIDER, TODAY.plusDays(7), TODAY.plusDays(6), TODAY.plusYears(1));
        refused("aanbodEinddatum", "ligt na de verwachte startdatum", "B1_ROUTE", TestProviders.PROVIDER, TODAY,
                TODAY.plusDays(14), TODAY.plusDays(14));
        refused("aanbodStartdatum", "vóór het einde van de cursus van het vorige aanbod", "ONDERWIJSROUTE", TST_ONLY,
                TODAY, TODAY.plusDays(14), TODAY.plusYears(2));
        refused("aanbodEinddatum", "na het einde van de inburgeringstermijn", "ONDERWIJSROUTE", TST_ONLY, TODAY,
                TODAY.plusYears(1), termEnd.plusDays(1));
        refused("aanbodDatum", "Vul de datum van het inburgeringsaanbod in", "ONDERWIJSROUTE", TST_ONLY, null,
                TODAY.plusYears(1), TODAY.plusYears(2));
        assertThat(pips.versions(driver.caseNumber())).as("nothing half-written").hasSize(1);

        // within the rules: the taalschakeltraject after the course, within the term, at the taalschakelinstelling
        var change = CaseDriver.vars("nieuweLeerroute", "ONDERWIJSROUTE", "nieuweTaalaanbieder", TST_ONLY,
                "wijzigingReden", "Wil studeren", "aanbodDatum", TODAY.toString(),
                "aanbodStartdatum", TODAY.plusYears(1).toString(), "aanbodEinddatum", termEnd.toString());
        driver.complete(TASK_PIP_WIJZIGEN, "consulent", "consulenten", change);
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();

        assertThat(received("INBURGERINGSAANBOD_REGISTREREN").path()).endsWith("/Inburgeringsaanbod/" + TST_ONLY);
        assertThat(received("INBURGERINGSAANBOD_REGISTREREN").status()).as("DUO accepts a TST for the onderwijsroute")
                .isEqualTo(201);
        assertThat(SimulatedAanbod.of(duo.person(bsn))).containsOnlyKeys(TST_ONLY);
    }

    @Test
    void aGezinsmigrantGetsNoAanbod() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        driver.completeBredeIntakeEnPip("B1_ROUTE");

        assertThat(outbox("PIP_REGISTREREN")).hasSize(1);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().offer()).as("the dates were not read").isEmpty();
        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).isEmpty();
        assertThat(duo.journal()).noneMatch(found -> found.path().contains(bsn + "/Inburgeringsaanbod"));
        assertThat(aanbod.update(driver.caseNumber())).as("nothing to send").isEmpty();
    }

    @Test
    void duoRefusesAnAanbodForSomeoneItKnowsAsNoAsielmigrant() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        duo.person(bsn).doelgroep = "Gezinsmigrant en overige migrant";
        duo.person(bsn).doelgroepBegin = TODAY.minusYears(1);
        aanbod.withdraw(driver.caseNumber());

        assertThatThrownBy(() -> aanbod.update(driver.caseNumber())).isInstanceOf(DuoRejectedException.class)
                .hasMessageContaining("alleen voor een asielmigrant");
        assertThat(received("INBURGERINGSAANBOD_REGISTREREN").status()).isEqualTo(403);
        assertThat(aanbod.current(driver.caseNumber())).as("nothing recorded as delivered").isEmpty();
    }

    @Test
    void ss127ResendsTheCasesAanbodAndTheConsulentIsTold() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        driver.runAsyncSteps();
        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).hasSize(1);

        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS127").status()).isEqualTo(201);
        CaseDriver.processDuoNotifications(engine);

        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).as("delivered again").hasSize(2);
        assertThat(received("INBURGERINGSAANBOD_REGISTREREN").status()).isEqualTo(201);
        assertThat(signalText()).startsWith("Het inburgeringsaanbod van de zaak (instelling " + TestProviders.PROVIDER
                + ") is opnieuw aan DUO geleverd.").endsWith(DuoGebeurtenis.SS127.instruction().orElseThrow());
    }

    @Test
    void ss127WithoutAnAanbodTellsTheConsulentWhatToDo() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        driver.runAsyncSteps();
        aanbod.withdraw(driver.caseNumber());

        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS127").status()).isEqualTo(201);
        CaseDriver.processDuoNotifications(engine);

        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).as("nothing to send again").hasSize(1);
        assertThat(signalText()).isEqualTo(DuoGebeurtenis.SS127.instruction().orElseThrow())
                .contains("leg het dan vast met 'PIP wijzigen'");
    }

    private String signalText() {
        var task = engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_SIGNAAL_BEOORDELEN)
                .processInstanceBusinessKey(driver.caseNumber()).singleResult();
        assertThat(task).as("a task for the consulent").isNotNull();
        return (String) engine.getTaskService().getVariable(task.getId(), DuoNotificatieVariables.VAR_OUTCOME_TEXT);
    }

    private void refused(String field, String message, String route, String provider, LocalDate date, LocalDate start,
            LocalDate end) {
        var change = CaseDriver.vars("nieuweLeerroute", route, "nieuweTaalaanbieder", provider,
                "wijzigingReden", "Andere opzet");
        if ("B1_ROUTE".equals(route)) {
            change.put("niveau", "B1");
        }
        change.put("aanbodDatum", date == null ? null : date.toString());
        change.put("aanbodStartdatum", start.toString());
        change.put("aanbodEinddatum", end.toString());
        assertThatThrownBy(() -> driver.complete(TASK_PIP_WIJZIGEN, "consulent", "consulenten", change))
                .isInstanceOfSatisfying(FormFieldValidationException.class, e -> {
                    assertThat((Object) e.getDetail()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(outbox("INBURGERINGSAANBOD_REGISTREREN")).as("nothing sent").hasSize(1);
    }

    private void askPipChange() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = rest.withBasicAuth("consulent", "demo").postForEntity("/api/zaken/" + driver.caseNumber()
                + "/pip/wijzigingsverzoeken", new HttpEntity<>("{\"aanleiding\": \"Ander aanbod\"}", headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
    }

    /** A provider on the simulated DUO's list, contracted by the case's gemeente for the route. */
    private void contract(String number, String route) {
        if (jdbc.sql("SELECT COUNT(*) FROM provider WHERE instellingsnummer = ?").param(number).query(Integer.class)
                .single() == 0) {
            var instelling = nl.inburgeringsregie.duo.simulator.SimulatedInstellingen.current().stream()
                    .filter(item -> number.equals(item.get("instellingsnummer"))).findFirst().orElseThrow();
            jdbc.sql("INSERT INTO provider (instellingsnummer, name, bow_keurmerk, tst_keurmerk, listed_by_duo, added_by) "
                    + "VALUES (?, ?, ?, ?, TRUE, 'DUO')").params(number, instelling.get("naam"),
                            instelling.get("indicatieBowKeurmerk"), instelling.get("indicatieTstKeurmerk")).update();
        }
        jdbc.sql("INSERT INTO provider_contract (gemeente_code, provider_id, leerroute, valid_from, changed_by) "
                + "SELECT ?, id, ?, ?, 'test' FROM provider WHERE instellingsnummer = ?")
                .params(aCase().gemeenteCode(), route, LocalDate.of(2000, 1, 1), number).update();
    }

}
