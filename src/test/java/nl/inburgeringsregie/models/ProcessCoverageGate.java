package nl.inburgeringsregie.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;

/**
 * The process test coverage of the whole suite, per model, in {@code mvn verify} (exec-maven-plugin, after the
 * tests): process-test-coverage writes one report per test class; this adds them up for every executable
 * process in processes/ — flow nodes (also inside subprocesses and event subprocesses, boundary events) and
 * sequence flows, the same elements the library counts — writes the combined report
 * ({@code all/report.html}, {@code all/report.json}, {@code dekking.txt}) and fails the build when a model is
 * covered less than the minimum. The project's files are the measure: a test that deploys a changed model
 * cannot add elements to it. Reports of test classes that no longer exist are left out.
 */
public final class ProcessCoverageGate {

    /** The coverage of one model: what the model has, and what the tests ran. */
    record ModelCoverage(String key, String file, Set<String> flowNodes, Set<String> sequenceFlows,
            Set<String> covered) {

        double ratio() {
            int total = flowNodes.size() + sequenceFlows.size();
            return total == 0 ? 1 : (double) (coveredOf(flowNodes) + coveredOf(sequenceFlows)) / total;
        }

        int coveredOf(Set<String> elements) {
            return (int) elements.stream().filter(covered::contains).count();
        }

        List<String> notCovered() {
            return Stream.concat(flowNodes.stream(), sequenceFlows.stream()).filter(id -> !covered.contains(id))
                    .sorted().toList();
        }

        String summary() {
            return String.format(Locale.ROOT, "%s: %.1f %% (%d van %d; knopen %d/%d, pijlen %d/%d)", key,
                    ratio() * 100, coveredOf(flowNodes) + coveredOf(sequenceFlows),
                    flowNodes.size() + sequenceFlows.size(), coveredOf(flowNodes), flowNodes.size(),
                    coveredOf(sequenceFlows), sequenceFlows.size());
        }
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        Path processes = Path.of(args[1]);
        double minimum = Double.parseDouble(args[2]);
        Path testClasses = args.length > 3 ? Path.of(args[3]) : null;

        List<Suite> suites = readSuites(reports, testClasses);
        if (suites.isEmpty()) {
            throw new IllegalStateException("Geen dekkingsrapporten in " + reports + "; draai eerst de tests");
        }
        List<ModelCoverage> coverage = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        for (Path file : bpmnFiles(processes)) {
            String xml = Files.readString(file);
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!process.isExecutable()) {
                    continue;
                }
                var measured = measure(process, processes.relativize(file).toString(), model, suites);
                coverage.add(measured);
                models.add(new Model(process.getId(), measured.flowNodes().size() + measured.sequenceFlows().size(),
                        null, xml));
            }
        }
        writeReports(reports.resolve("all"), suites, models);
        List<String> lines = new ArrayList<>();
        List<String> belowMinimum = new ArrayList<>();
        for (ModelCoverage model : coverage) {
            lines.add(model.summary());
            if (!model.notCovered().isEmpty()) {
                lines.add("    niet gedekt: " + String.join(", ", model.notCovered()));
            }
            if (model.ratio() < minimum) {
                belowMinimum.add(model.summary());
            }
        }
        lines.add(String.format(Locale.ROOT, "Minimum per model: %.0f %%; %d testklassen; rapport: %s", minimum * 100,
                suites.size(), reports.resolve("all/report.html")));
        Files.write(reports.resolve("dekking.txt"), lines);
        lines.forEach(line -> System.out.println("[procesdekking] " + line));
        if (!belowMinimum.isEmpty()) {
            throw new IllegalStateException("Procesdekking onder het minimum van "
                    + String.format(Locale.ROOT, "%.0f %%", minimum * 100) + ": " + String.join("; ", belowMinimum)
                    + " (zie " + reports.resolve("dekking.txt") + ")");
        }
    }

    private static ModelCoverage measure(Process process, String file, BpmnModelInstance model, List<Suite> suites) {
        Set<String> flowNodes = new TreeSet<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (belongsTo(node, process)) {
                flowNodes.add(node.getId());
            }
        }
        Set<String> sequenceFlows = new TreeSet<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flowNodes.contains(flow.getSource().getId())) {
                sequenceFlows.add(flow.getId());
            }
        }
        Set<String> covered = new LinkedHashSet<>();
        for (Suite suite : suites) {
            for (Event event : suite.getEvents(process.getId())) {
                covered.add(event.getDefinitionKey());
            }
        }
        return new ModelCoverage(process.getId(), file, flowNodes, sequenceFlows, covered);
    }

    private static boolean belongsTo(ModelElementInstance element, Process process) {
        for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == process) {
                return true;
            }
        }
        return false;
    }

    private static List<Suite> readSuites(Path reports, Path testClasses) throws IOException {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        List<Suite> suites = new ArrayList<>();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path report : files.filter(file -> file.getFileName().toString().equals("report.json"))
                    .filter(file -> !file.getParent().equals(reports.resolve("all"))).sorted().toList()) {
                Collection<Suite> found = CoverageStateJsonExporter.readCoverageStateResult(Files.readString(report))
                        .getSuites();
                found.stream().filter(suite -> testClassExists(testClasses, suite.getId())).forEach(suites::add);
            }
        }
        return suites;
    }

    private static boolean testClassExists(Path testClasses, String className) {
        return testClasses == null || Files.exists(testClasses.resolve(className.replace('.', '/') + ".class"));
    }

    private static List<Path> bpmnFiles(Path processes) throws IOException {
        try (Stream<Path> files = Files.walk(processes)) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().collect(Collectors.toList());
        }
    }

    private static void writeReports(Path directory, List<Suite> suites, List<Model> models) {
        String json = CoverageStateJsonExporter.createCoverageStateResult(suites, models);
        CoverageReportUtil.writeReport(json, false, directory.toFile(), "report.json", result -> result);
        CoverageReportUtil.writeReport(json, true, directory.toFile(), "report.html", CoverageReportUtil::generateHtml);
    }

    private ProcessCoverageGate() {
    }
}
