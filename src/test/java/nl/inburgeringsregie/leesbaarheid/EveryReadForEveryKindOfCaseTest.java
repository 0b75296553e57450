package nl.inburgeringsregie.leesbaarheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.duo.simulator.SimulatedNotificaties;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.CaseRecords;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * "Geen 500 bij lezen" (issue 24, point 1): one case of every {@link CaseKind}, made once for the class by the
 * scenario drivers, read through every GET endpoint of {@link ReadEndpoints} as every role, and every open task's form
 * as Tasklist renders it. No read answers 5xx; a role that may read gets its answer, any other role a 403; and no
 * label is empty beside a code that has a value (the words a person reads, issue 19 point 2), nor a key field where
 * the case has the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryReadForEveryKindOfCaseTest extends ScenarioTest {

    /**
     * The phases no row of the catalogue holds, and why: each is set and left in the same transaction, so no read ever
     * finds a case in it.
     */
    private static final Map<CasePhase, String> PHASES_HELD_BY_NO_KIND = Map.of(
            CasePhase.READY_FOR_BREDE_INTAKE, "inburgering.bpmn, Gateway_Schakel3Splitsen: schakel 3 sets BREDE_INTAKE "
                    + "at its start, nothing asynchronous between",
            CasePhase.PIP_ISSUED, "brede-intake-en-pip.bpmn, EndEvent_Schakel3Afgerond: schakel 4 sets INBURGEREN at its "
                    + "start, nothing asynchronous between");

    @Autowired
    SimulatedDuo duo;
    @Autowired
    SimulatedNotificaties notifications;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<CaseKind, String> made = new EnumMap<>(CaseKind.class);
    private final Map<CaseKind, String> bsns = new EnumMap<>(CaseKind.class);
    private final AtomicInteger reads = new AtomicInteger();
    private IllegalStateException unmade;
    private final Map<String, Long> timePerEndpoint = new java.util.HashMap<>();

    /**
     * The cases, made by the first test that needs them and kept for the class (the process coverage records a run per
     * test method, so they are made inside one, not in a BeforeAll).
     */
    private Map<CaseKind, String> made() {
        if (unmade != null) {
            throw unmade;
        }
        if (made.isEmpty()) {
            try {
                makeOneCaseOfEveryKind();
            } catch (IllegalStateException e) {
                unmade = e;
                throw e;
            }
        }
        return made;
    }

    private void makeOneCaseOfEveryKind() {
        long started = System.nanoTime();
        var factory = new CaseFactory(engine, aanmeldingen, duo, notifications, cases, jdbc, json);
        for (CaseKind kind : CaseKind.values()) {
            try {
                made.put(kind, kind.make(factory).caseNumber());
                bsns.put(kind, factory.bsnOf(made.get(kind)));
            } catch (RuntimeException | AssertionError e) {
                throw new IllegalStateException("making " + kind + ": " + e.getMessage(), e);
            } finally {
                CaseDriver.resetClock();
            }
        }
        System.out.printf("geen 500 bij lezen: %d kinds of case made in %d ms%n", made.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theCatalogueHoldsEveryDoelgroepPhaseAndClosureReason() {
        var doelgroepen = EnumSet.noneOf(Doelgroep.class);
        var phases = EnumSet.noneOf(CasePhase.class);
        var reasons = EnumSet.noneOf(ClosureReason.class);
        for (CaseKind kind : CaseKind.values()) {
            doelgroepen.add(kind.doelgroep);
            phases.add(kind.phase);
            if (kind.closedFor != null) {
                reasons.add(kind.closedFor);
            }
        }
        phases.addAll(PHASES_HELD_BY_NO_KIND.keySet());
        assertThat(doelgroepen).as("a kind of case for every doelgroep").containsAll(EnumSet.allOf(Doelgroep.class));
        assertThat(phases).as("a kind of case in every phase, or the reason none is").containsAll(EnumSet.allOf(CasePhase.class));
        assertThat(reasons).as("a closed case for every closure reason").containsAll(EnumSet.allOf(ClosureReason.class));
    }

    @Test
    void everyCaseStandsWhereTheCatalogueSays() {
        var records = new CaseRecords(cases, milestones, jdbc);
        var wrong = new ArrayList<String>();
        made().forEach((kind, number) -> {
            var aCase = records.caseOf(number);
            if (aCase.doelgroep() != kind.doelgroep || aCase.phase() != kind.phase || aCase.closedReason() != kind.closedFor
                    || kind.hasPip != pips.versions(number).size() > 0) {
                wrong.add(kind + " " + number + ": " + aCase.doelgroep() + ", " + aCase.phase() + ", "
                        + aCase.closedReason() + ", PIP versions " + pips.versions(number).size());
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** A GET endpoint the family cannot fill fails here: it must be read per case or listed with a reason. */
    @Test
    void everyReadEndpointIsReadOrListedWithAReason() {
        var paths = ReadEndpoints.of(mappings);
        assertThat(paths).as("the case file is among them").contains("/api/zaken/{zaaknummer}", "/api/zaken/{zaaknummer}/pip");
        assertThat(paths).filteredOn(path -> !ReadEndpoints.variables(path).isEmpty())
                .allSatisfy(path -> assertThat(ReadEndpoints.variables(path).equals(Set.of("zaaknummer"))
                        || ReadEndpoints.NOT_CASE_BOUND.containsKey(path))
                        .as("%s: fill its path variables from the case or list it as not case-bound", path).isTrue());
        assertThat(paths).as("nothing listed that no longer exists")
                .containsAll(ReadEndpoints.NOT_CASE_BOUND.keySet()).containsAll(ReadEndpoints.CASE_BY_QUERY.keySet());
    }

    @Test
    void everyCaseBoundReadAnswersEveryRoleOfEveryKindWithoutA5xx() throws Exception {
        made();
        int readsBefore = reads.get();
        var findings = new ArrayList<String>();
        var paths = ReadEndpoints.of(mappings).stream().filter(ReadEndpoints::caseBound).toList();
        for (CaseKind kind : CaseKind.values()) {
            for (String path : paths) {
                String url = ReadEndpoints.forCase(path, made().get(kind), bsns.get(kind));
                for (String role : ReadEndpoints.ROLES) {
                    boolean mayRead = ReadEndpoints.readers(path).contains(role);
                    // a refusal is the security chain's, by path and role, the same for every kind: asked once
                    if (mayRead || kind.ordinal() == 0) {
                        long started = System.nanoTime();
                        check(kind + " " + url + " as " + role, role, url, mayRead, findings);
                        timePerEndpoint.merge(path, System.nanoTime() - started, Long::sum);
                    }
                }
            }
        }
        long readerPairs = paths.stream().mapToLong(path -> ReadEndpoints.readers(path).size()).sum();
        System.out.printf("geen 500 bij lezen: %d kinds x %d case-bound endpoints, %d endpoint-role pairs that may read "
                + "(of %d roles): %d reads, the slowest endpoints (ms in all) %s%n", CaseKind.values().length,
                paths.size(), readerPairs, ReadEndpoints.ROLES.size(), reads.get() - readsBefore,
                timePerEndpoint.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                        .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).toList());
        assertThat(findings).isEmpty();
    }

    /** The reads bound to no case (lists, KPIs, CSV, pages), with every kind of case in the database, as every role. */
    @Test
    void everyOtherReadAnswersEveryRoleWithoutA5xx() throws Exception {
        made();
        var findings = new ArrayList<String>();
        var paths = ReadEndpoints.of(mappings).stream()
                .filter(path -> !ReadEndpoints.caseBound(path) && ReadEndpoints.variables(path).isEmpty()).toList();
        for (String path : paths) {
            for (String role : ReadEndpoints.ROLES) {
                String url = path.equals("/api/regie/mijn-zaken") || path.equals("/api/regie/termijnen")
                        ? path + "?grootte=500" : path;
                check(url + " as " + role, role, url, ReadEndpoints.readers(path).contains(role), findings);
            }
        }
        assertThat(findings).isEmpty();
    }

    /** The key fields in words where the case has the data: name, gemeente, phase, doelgroep, and its PIP. */
    @Test
    void theKeyFieldsOfEveryKindAreFilled() throws Exception {
        var findings = new ArrayList<String>();
        for (CaseKind kind : CaseKind.values()) {
            String number = made().get(kind);
            JsonNode file = getJson("consulent", "/api/zaken/" + number);
            JsonNode page = getJson("coordinator", "/api/regie/zaken/" + number);
            for (JsonNode answer : List.of(file, page)) {
                for (String field : List.of("naam", "gemeenteNaam", "faseOmschrijving", "doelgroepOmschrijving")) {
                    if (answer.path(field).asText("").isBlank()) {
                        findings.add(kind + " " + number + ": " + field + " empty");
                    }
                }
                if (!"Hoorn".equals(answer.path("gemeenteNaam").asText())) {
                    findings.add(kind + " " + number + ": gemeente not in words: " + answer.path("gemeenteNaam"));
                }
            }
            JsonNode pip = getJson("consulent", "/api/zaken/" + number + "/pip");
            if (kind.hasPip && (pip.isEmpty() || page.path("pipVersies").isEmpty())) {
                findings.add(kind + " " + number + ": has a PIP, the reads show none");
            }
            for (JsonNode version : pip) {
                if (version.path("statusOmschrijving").asText("").isBlank()) {
                    findings.add(kind + " " + number + ": PIP version without its status in words");
                }
            }
            if (kind.closedFor == null) {
                JsonNode row = getJson("coordinator", "/api/regie/mijn-zaken?team=ja&zoek=" + number).path("regels");
                if (row.size() != 1) {
                    findings.add(kind + " " + number + ": open, yet " + row.size() + " rows in Mijn zaken");
                }
                for (String field : List.of("naam", "gemeenteNaam", "faseOmschrijving", "doelgroepOmschrijving")) {
                    if (row.path(0).path(field).asText("").isBlank()) {
                        findings.add(kind + " " + number + ": Mijn zaken's " + field + " empty");
                    }
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    /** Issue 24's first failure: the PIP of the previous gemeente (SS121) reads, its unknown duration as null. */
    @Test
    void theMoverWithThePreviousGemeentesPipReadsItsPip() throws Exception {
        JsonNode inRoute = getJson("consulent", "/api/zaken/" + made().get(CaseKind.VERHUISD_MET_PIP) + "/pip");
        assertThat(inRoute).singleElement().satisfies(version -> {
            assertThat(version.path("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
            assertThat(version.path("duurMaanden").isNull()).isTrue();
            assertThat(version.path("dagtekening").asText()).isNotBlank();
        });
        JsonNode registered = getJson("coordinator", "/api/zaken/" + made().get(CaseKind.VERHUISD_MET_PIP_AANGEMELD) + "/pip");
        assertThat(registered).singleElement()
                .satisfies(version -> assertThat(version.path("leerrouteOmschrijving").asText()).isEqualTo("Z-route"));
    }

    /** Tasklist's rendering of every open task of every kind: its form and its variables, as its work group. */
    @Test
    void everyOpenTaskOfEveryKindRendersInTasklist() {
        var findings = new ArrayList<String>();
        int tasks = 0;
        for (CaseKind kind : CaseKind.values()) {
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(made().get(kind)).list()) {
                tasks++;
                for (String user : usersOf(task)) {
                    for (String read : List.of("form-variables", "deployed-form")) {
                        String url = "/engine-rest/task/" + task.getId() + "/" + read;
                        var answer = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
                        reads.incrementAndGet();
                        if (answer.getStatusCode().value() != 200) {
                            findings.add(kind + " " + task.getTaskDefinitionKey() + " " + read + " as " + user + ": "
                                    + answer.getStatusCode().value() + " " + abbreviated(answer.getBody()));
                        }
                    }
                }
            }
        }
        System.out.printf("geen 500 bij lezen: %d open tasks rendered%n", tasks);
        assertThat(tasks).as("the catalogue holds open tasks").isPositive();
        assertThat(findings).isEmpty();
    }

    /** The demo user of each work group that may do the task (its candidate groups, or its assignee). */
    private List<String> usersOf(Task task) {
        var users = new ArrayList<String>();
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
            if ("consulenten".equals(link.getGroupId())) {
                users.add("consulent");
            } else if ("coordinatoren".equals(link.getGroupId())) {
                users.add("coordinator");
            }
        }
        if (users.isEmpty() && task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        return users;
    }

    private void check(String what, String role, String url, boolean mayRead, List<String> findings) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(role, "demo").getForEntity(url, String.class);
        reads.incrementAndGet();
        int status = answer.getStatusCode().value();
        if (status >= 500) {
            findings.add(what + ": " + status + " " + abbreviated(answer.getBody()));
        } else if (mayRead && status >= 400) {
            findings.add(what + ": may read, got " + status + " " + abbreviated(answer.getBody()));
        } else if (!mayRead && status != 403) {
            findings.add(what + ": may not read, got " + status);
        } else if (mayRead && answer.getHeaders().getContentType() != null
                && answer.getHeaders().getContentType().getSubtype().contains("json")) {
            emptyLabels(json.readTree(answer.getBody()), "", findings, what);
        }
    }

    /**
     * Every field {@code xOmschrijving} or {@code xNaam} beside a field {@code x} with a value holds words: the code
     * is never shown without its label (issue 19, point 2).
     */
    private static void emptyLabels(JsonNode node, String at, List<String> findings, String what) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                emptyLabels(node.get(i), at + "[" + i + "]", findings, what);
            }
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(field -> {
                for (String suffix : List.of("Omschrijving", "Naam")) {
                    if (field.endsWith(suffix) && field.length() > suffix.length()) {
                        JsonNode code = node.get(field.substring(0, field.length() - suffix.length()));
                        if (code != null && !code.isNull() && !code.asText("").isBlank()
                                && node.get(field).asText("").isBlank()) {
                            findings.add(what + ": " + at + "." + field + " empty beside " + code);
                        }
                    }
                }
                emptyLabels(node.get(field), at + "." + field, findings, what);
            });
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
