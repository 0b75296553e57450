import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes one Java class of element ids per model in processes/, so code and tests name elements by
 * constant and the build fails when code names an id the model no longer has. Run by the build at
 * generate-sources (exec-maven-plugin, Java's single-file launcher); nothing here is part of the
 * application.
 *
 * Arguments: the output folder, then one "model file=fully.qualified.ClassName" per model.
 */
public final class ElementIds {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    /** The BPMN elements code may name: the process, its flow nodes and what messages correlate on. */
    private static final Set<String> NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "userTask", "serviceTask", "scriptTask", "businessRuleTask",
            "sendTask", "receiveTask", "manualTask", "task", "callActivity", "subProcess", "exclusiveGateway",
            "parallelGateway", "inclusiveGateway", "eventBasedGateway");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<String> written = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Expected 'model=ClassName', got " + args[i]);
            }
            written.add(write(out, Path.of(pair[0]), pair[1]));
        }
        System.out.println("Element ids: " + String.join(", ", written));
    }

    private static String write(Path out, Path model, String className) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(model.toFile());
        Map<String, String> constants = new TreeMap<>();
        Map<String, String> comments = new TreeMap<>();
        collect(document.getDocumentElement(), constants, comments, model);
        int dot = className.lastIndexOf('.');
        String pkg = className.substring(0, dot);
        String simpleName = className.substring(dot + 1);
        var source = new StringBuilder();
        source.append("package ").append(pkg).append(";\n\n")
                .append("/** Generated from {@code ").append(model.getFileName())
                .append("} by src/build/ElementIds.java at every build: do not edit. */\n")
                .append("@javax.annotation.processing.Generated(\"src/build/ElementIds.java\")\n")
                .append("public final class ").append(simpleName).append(" {\n\n");
        constants.forEach((name, value) -> {
            String comment = comments.get(name);
            if (comment != null && !comment.isBlank()) {
                source.append("    /** ").append(javadoc(comment)).append(" */\n");
            }
            source.append("    public static final String ").append(name).append(" = \"").append(value).append("\";\n");
        });
        source.append("\n    private ").append(simpleName).append("() {\n    }\n}\n");
        Path file = out.resolve(pkg.replace('.', File.separatorChar)).resolve(simpleName + ".java");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file) || !Files.readString(file).contentEquals(source)) {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        }
        return simpleName;
    }

    private static void collect(Element element, Map<String, String> constants, Map<String, String> comments,
            Path model) {
        String ns = element.getNamespaceURI();
        String kind = element.getLocalName();
        if (BPMN.equals(ns) || DMN.equals(ns)) {
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            if (kind.equals("process") || kind.equals("decision")) {
                add(constants, comments, kind.equals("process") ? "PROCESS_ID" : "DECISION_" + constant(id), id, name, model);
            } else if (NODES.contains(kind)) {
                add(constants, comments, constant(id), id, name, model);
            } else if ((kind.equals("message") || kind.equals("signal")) && !name.isBlank()) {
                add(constants, comments, kind.toUpperCase() + "_" + constant(name), name, null, model);
            } else if (kind.equals("error") && !element.getAttribute("errorCode").isBlank()) {
                add(constants, comments, "ERROR_" + constant(element.getAttribute("errorCode")),
                        element.getAttribute("errorCode"), name, model);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, constants, comments, model);
            }
        }
    }

    private static void add(Map<String, String> constants, Map<String, String> comments, String constant, String value,
            String label, Path model) {
        if (!value.matches("[\\w.-]+")) {
            throw new IllegalStateException(model + ": id or name '" + value + "' is not usable as a Java constant");
        }
        String earlier = constants.put(constant, value);
        if (earlier != null && !earlier.equals(value)) {
            throw new IllegalStateException(model + ": '" + earlier + "' and '" + value + "' both become " + constant);
        }
        if (label != null) {
            comments.put(constant, label.replaceAll("\\s+", " ").strip());
        }
    }

    /** {@code Task_IntakegesprekPlannen} becomes {@code TASK_INTAKEGESPREK_PLANNEN}. */
    static String constant(String id) {
        String snake = id.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
        String upper = snake.toUpperCase().replaceAll("_+", "_").replaceAll("^_|_$", "");
        return Character.isDigit(upper.charAt(0)) ? "_" + upper : upper;
    }

    private static String javadoc(String text) {
        return text.replace("*/", "*&#47;").replace("@", "&#64;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("{", "&#123;").replace("}", "&#125;");
    }

    private ElementIds() {
    }
}
