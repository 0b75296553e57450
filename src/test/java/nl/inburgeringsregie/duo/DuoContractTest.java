package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;


import nl.inburgeringsregie.aanbieder.ProviderSync;
import nl.inburgeringsregie.contactpersoon.process.DuoBerichtProcess;
import nl.inburgeringsregie.contactpersoon.process.DuoBerichtVariables;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestProviders;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 20, point 8: "a contract test sends every message kind the application can produce through the official OpenAPI
 * validation". One asielmigrant's trajectory on the B1-route with the application's own steps sends the message kinds
 * of a case; the simulator checks each request against DUO's OpenAPI file of its API (DuoSimulatorController: a
 * request outside it is answered 400 with the findings) after {@link DuoOutbound} checked it before sending. Every
 * operation the main code names is either produced here or by the scenario test named for it in {@link #ELSEWHERE}, so
 * a new operation cannot be added without a test that sends it.
 */
class DuoContractTest extends SimulatedDuoScenarioTest {

    /** Produced by this test's trajectory. */
    static final Set<DuoOperation> HERE = EnumSet.of(
            DuoOperation.CONTACTPERSOON_REGISTREREN, DuoOperation.CONTACTPERSOON_KOPPELEN,
            DuoOperation.PIP_REGISTREREN, DuoOperation.INBURGERINGSAANBOD_REGISTREREN,
            DuoOperation.UREN_BREDE_INTAKE_REGISTREREN, DuoOperation.UREN_TAAL_REGISTREREN,
            DuoOperation.INBURGERINGSPLICHT_OPVRAGEN, DuoOperation.INBURGERINGSPLICHT_HISTORIE_OPVRAGEN,
            DuoOperation.DOELGROEP_OPVRAGEN, DuoOperation.DOELGROEP_HISTORIE_OPVRAGEN, DuoOperation.TERMIJN_OPVRAGEN,
            DuoOperation.TERMIJN_HISTORIE_OPVRAGEN, DuoOperation.VRIJSTELLINGEN_OPVRAGEN,
            DuoOperation.ONTHEFFINGEN_OPVRAGEN, DuoOperation.GRATISPOGINGEN_OPVRAGEN, DuoOperation.UREN_OPVRAGEN,
            DuoOperation.MAP_REGISTREREN, DuoOperation.PVT_REGISTREREN, DuoOperation.INSTELLINGEN_OPVRAGEN,
            DuoOperation.INBURGERINGSAANBOD_VERWIJDEREN);

    /** Produced by another scenario test through the simulator (its class named), each checked the same way. */
    static final Map<DuoOperation, String> ELSEWHERE = Map.ofEntries(
            Map.entry(DuoOperation.CONTACTPERSOON_WIJZIGEN, "nl.inburgeringsregie.contactpersoon.ContactpersoonScenarioTest"),
            Map.entry(DuoOperation.CONTACTPERSOON_ONTKOPPELEN, "nl.inburgeringsregie.contactpersoon.ContactpersoonScenarioTest"),
            Map.entry(DuoOperation.LBT_EXAMENNUMMER_OPVRAGEN, "nl.inburgeringsregie.duo.DuoExchangeScenarioTest"),
            Map.entry(DuoOperation.LBT_EXAMENNUMMER_INTREKKEN, "nl.inburgeringsregie.bredeintake.LeerbaarheidstoetsExamNumberScenarioTest"),
            Map.entry(DuoOperation.LBT_RESULTATEN_OPVRAGEN, "nl.inburgeringsregie.duo.DuoExchangeScenarioTest"),
            Map.entry(DuoOperation.ZROUTE_REGISTREREN, "nl.inburgeringsregie.inburgeren.RouteScenarioTest"),
            Map.entry(DuoOperation.UREN_PARTICIPATIE_REGISTREREN, "nl.inburgeringsregie.duo.GevolgdeUrenScenarioTest"),
            Map.entry(DuoOperation.MAP_OPVRAGEN, "nl.inburgeringsregie.duo.MovedInScenarioTest"),
            Map.entry(DuoOperation.PVT_OPVRAGEN, "nl.inburgeringsregie.duo.MovedInScenarioTest"),
            Map.entry(DuoOperation.PIP_OPVRAGEN, "nl.inburgeringsregie.duo.NieuweZaakUitDuoTest"),
            Map.entry(DuoOperation.EXAMENRESULTATEN_OPVRAGEN, "nl.inburgeringsregie.duo.MovedInScenarioTest"),
            Map.entry(DuoOperation.PIP_VERWIJDEREN, "nl.inburgeringsregie.duo.PipWithdrawalScenarioTest"));

    /** Operations in {@link DuoOperation} the application does not send (yet): with the reason. */
    static final Map<DuoOperation, String> NOT_SENT = Map.of(
            DuoOperation.CONTACTPERSOON_VERWIJDEREN, "a contact person serves the consulent's other cases; closing a "
                    + "case removes the link only",
            DuoOperation.VERLENGINGSGRONDEN_OPVRAGEN, "the term's verlengingsgrond comes with the term itself");

    @Autowired
    ProviderSync providers;

    @AfterEach
    void forgetDetails() {
        // details of the demo consulent would make other tests' cases link at DUO
        jdbc.sql("DELETE FROM contact_person WHERE consulent = 'consulent'").update();
    }

    @Test
    void everyMessageOfAnAsielmigrantsTrajectoryMeetsDuosOpenApiFile() throws Exception {
        // the journal of the shared simulator: what other tests sent before is left out by position (their clocks moved)
        int before = duo.journal().size();
        String hoorn = jdbc.sql("SELECT oin FROM gemeente WHERE code = ?").param(Aanmeldingen.HOORN)
                .query(String.class).single();
        assertThat(sendAsPage("consulent", HttpMethod.PUT, "/api/regie/mijn-contactgegevens/" + Aanmeldingen.HOORN, Map.of("naam", "Anna de Vries", "email", "anna.devries@hoorn.nl",
                "telefoonnummer", "0229-252200")).getStatusCode().value()).isEqualTo(200);

        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        deliverContactMessages();
        driver.withIntakeHours(12);
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        driver.recordMonthHours(InburgerenProcess.TASK_UREN_BIJHOUDEN, TestProviders.PROVIDER,
                nl.inburgeringsregie.support.HoursTestProviders.month(TODAY), 40, null);
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/api/zaken/" + driver.caseNumber() + "/duo",
                String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/api/zaken/" + driver.caseNumber() + "/uren",
                String.class).getStatusCode().value()).isEqualTo(200);
        // the term starts the day after the PIP's dagtekening: MAP and PVT from then on (DUO README, MAP and PVT)
        driver.travelTo(TODAY.plusMonths(3), 8);
        driver.holdMapTalk();
        driver.signPvt(12);
        providers.synchronise(Aanmeldingen.HOORN);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        CaseDriver.runAanbodWithdrawals(engine);

        var journal = duo.journal();
        var sent = List.copyOf(journal.subList(before, journal.size())).stream()
                .filter(received -> received.path().contains(bsn) || hoorn.equals(received.bron())
                        && (received.path().equals("/contactpersonen") || received.path().equals("/instellingen")))
                .toList();
        assertThat(sent).as("every request within DUO's OpenAPI file, and taken")
                .allSatisfy(received -> {
                    assertThat(received.findings()).as(received.operation() + " " + received.path()).isEmpty();
                    // a read DUO has nothing for answers 404 (e.g. Vrijstelling: no decisions), as its file says
                    boolean nothingToRead = "GET".equals(received.operation().method()) && received.status() == 404;
                    assertThat(nothingToRead || received.status() < 400)
                            .as(received.operation() + " " + received.path() + " answered " + received.status()).isTrue();
                });
        Set<DuoOperation> produced = sent.stream().map(SimulatedDuo.Received::operation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(produced).containsAll(HERE);
    }

    @Test
    void everyOperationTheApplicationNamesIsSentByATest() throws IOException, ClassNotFoundException {
        var named = operationsNamedInMainCode();
        for (DuoOperation operation : named) {
            assertThat(HERE.contains(operation) || ELSEWHERE.containsKey(operation))
                    .as("%s is sent by the application: produce it here or name the test that does", operation).isTrue();
        }
        for (String test : Set.copyOf(ELSEWHERE.values())) {
            Class.forName(test);
        }
        var all = EnumSet.allOf(DuoOperation.class);
        all.removeAll(HERE);
        all.removeAll(ELSEWHERE.keySet());
        assertThat(all).as("the operations no test sends are the ones the application does not send")
                .isEqualTo(NOT_SENT.keySet().isEmpty() ? EnumSet.noneOf(DuoOperation.class) : EnumSet.copyOf(NOT_SENT.keySet()));
        assertThat(named).as("an operation the application does not send is named nowhere in its code")
                .doesNotContainAnyElementsOf(NOT_SENT.keySet());
    }

    /** The operations the main code (not the simulator, not the enumeration itself) names as DuoOperation.X. */
    private static Set<DuoOperation> operationsNamedInMainCode() throws IOException {
        Pattern reference = Pattern.compile("DuoOperation\\.([A-Z_]+)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.toString().contains("/simulator/") && !file.endsWith("DuoOperation.java"))
                    .flatMap(file -> {
                        try {
                            return reference.matcher(Files.readString(file)).results().map(match -> match.group(1));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(DuoOperation::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DuoOperation.class)));
        }
    }

    /**
     * The contact person outbox's steps (model duo-bericht) of this case and of the consulent's details, as the job
     * executor would run them; other tests' messages (some failing on purpose) are left alone.
     */
    private void deliverContactMessages() {
        long caseId = jdbc.sql("SELECT id FROM integration_case WHERE case_number = ?").param(driver.caseNumber())
                .query(Long.class).single();
        for (int round = 0; round < 3; round++) {
            var ids = jdbc.sql("""
                    SELECT id FROM contact_person_message
                    WHERE handled_at IS NULL AND (case_id = ? OR (kind = 'GEGEVENS' AND consulent = 'consulent'))
                    ORDER BY id""").param(caseId).query(Long.class).list();
            for (Long id : ids) {
                for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
                        .processDefinitionKey(DuoBerichtProcess.PROCESS_ID)
                        .variableValueEquals(DuoBerichtVariables.VAR_BERICHT_ID, id).list()) {
                    for (var job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                            .executable().list()) {
                        engine.getManagementService().executeJob(job.getId());
                    }
                }
            }
        }
    }
}
