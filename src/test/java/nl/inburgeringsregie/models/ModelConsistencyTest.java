package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The models fit the code: every required field of a form is read by the process that shows it (in an
 * expression of the model, or by the engine bean a listener of the model calls), and every confidential
 * field is kept out of the engine's history. The rules on the models alone (forms, groups, names, timers,
 * references) are the model quality gate's ({@code ModelQualityGateTest}).
 */
class ModelConsistencyTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    /** The beans the models call ({@code zaakdossier}, {@code pipDossier} …), in the slices' process packages, read form fields by name. */
    private static final Path SOURCES = Path.of("src/main/java/nl/inburgeringsregie");

    private static String beanSources;

    private static Map<Path, BpmnModelInstance> processes;
    private static Map<Path, String> processXml;
    private static Map<String, JsonNode> formsById;

    @BeforeAll
    static void readModels() throws IOException {
        processes = new HashMap<>();
        processXml = new HashMap<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            processes.put(file, Bpmn.readModelFromFile(file.toFile()));
            processXml.put(file, Files.readString(file));
        }
        var sources = new StringBuilder();
        for (Path file : files(SOURCES, ".java").stream().filter(ModelConsistencyTest::inProcessPackage).toList()) {
            sources.append(Files.readString(file));
        }
        beanSources = sources.toString();
        formsById = new HashMap<>();
        var json = new ObjectMapper();
        for (Path file : files(FORMS, ".form")) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(formsById.put(form.path("id").asText(), form)).as("form id of %s is unique", file).isNull();
        }
        assertThat(processes).isNotEmpty();
        assertThat(formsById).isNotEmpty();
    }

    @Test
    void everyRequiredFieldOfAFormIsReadByTheProcess() {
        List<String> unread = new ArrayList<>();
        for (var entry : processes.entrySet()) {
            String modelText = readableModelText(entry.getKey());
            for (UserTask task : entry.getValue().getModelElementsByType(UserTask.class)) {
                JsonNode form = formsById.get(task.getCamundaFormRef());
                if (form == null) {
                    continue; // a task without its form is the quality gate's finding (ProjectModelsTest)
                }
                for (String key : requiredKeys(form)) {
                    if (!Pattern.compile("\\b" + Pattern.quote(key) + "\\b").matcher(modelText).find()
                            && !beanSources.contains("\"" + key + "\"")) {
                        unread.add(task.getCamundaFormRef() + "." + key);
                    }
                }
            }
        }
        assertThat(unread).as("required form fields that no expression in the process reads").isEmpty();
    }

    @Test
    void everyConfidentialFieldOfAReportIsKeptOutOfTheEngineHistory() throws IOException {
        Map<String, Object> settings = new org.yaml.snakeyaml.Yaml()
                .load(Files.readString(Path.of("src/main/resources/application.yaml")));
        @SuppressWarnings("unchecked")
        var inburgering = (Map<String, Object>) settings.get("inburgering");
        var configured = List.of(inburgering.get("confidential-variables").toString().split("\\s*,\\s*"));
        var verslag = Pattern.compile("zaakdossier\\.verslag\\('[^']*', [^,]*, '[^']*', '([^']*)'\\)");
        List<String> confidential = new ArrayList<>();
        for (String xml : processXml.values()) {
            var calls = verslag.matcher(xml);
            while (calls.find()) {
                confidential.addAll(List.of(calls.group(1).trim().split("\\s+")));
            }
        }
        confidential.removeIf(String::isBlank);
        assertThat(confidential).as("confidential fields named in the models").isNotEmpty();
        assertThat(configured).as("inburgering.confidential-variables").containsAll(confidential);
    }

    @Test
    void findsAnUnreadRequiredField() {
        var form = formsById.values().iterator().next();
        assertThat(requiredKeys(form)).as("the check above has required fields to look at").isNotEmpty();
        assertThat(Pattern.compile("\\bnietBestaandVeld\\b").matcher(readableModelText(PROCESSES.resolve("warme-overdracht.bpmn"))).find())
                .isFalse();
    }

    /** The process XML without the diagram part, where ids could match a key by accident. */
    private static String readableModelText(Path file) {
        String xml = processXml.get(file);
        int diagram = xml.indexOf("<bpmndi:BPMNDiagram");
        return diagram < 0 ? xml : xml.substring(0, diagram);
    }

    private static List<String> requiredKeys(JsonNode form) {
        List<String> keys = new ArrayList<>();
        collectRequired(form.path("components"), keys);
        return keys;
    }

    private static void collectRequired(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.path("validate").path("required").asBoolean(false) && component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectRequired(component.path("components"), keys);
        }
    }

    private static boolean inProcessPackage(Path file) {
        return file.getParent().getFileName().toString().equals("process");
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
        }
    }
}
