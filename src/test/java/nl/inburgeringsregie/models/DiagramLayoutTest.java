package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams analysts open in Camunda Modeler are readable: every flow node and sequence flow has a
 * shape or edge, what lies in a subprocess is drawn inside it (BPMN DI coordinates are absolute), and no two
 * shapes in the same container overlap (boundary events sit on their host's border by design).
 */
class DiagramLayoutTest {

    static Stream<Path> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyElementIsDrawnInsideItsContainerWithoutOverlap(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Map<String, Bounds> shapes = new HashMap<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(shape -> shapes.put(shape.getBpmnElement().getId(), shape.getBounds()));
        List<String> problems = new ArrayList<>();

        Map<String, List<FlowNode>> byContainer = new HashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            Bounds bounds = shapes.get(node.getId());
            if (bounds == null) {
                problems.add(node.getId() + " has no shape");
                continue;
            }
            ModelElementInstance parent = node.getParentElement();
            if (parent instanceof SubProcess container && !(node instanceof BoundaryEvent)) {
                Bounds outer = shapes.get(container.getId());
                if (outer != null && !inside(bounds, outer)) {
                    problems.add(node.getId() + " lies outside its subprocess " + container.getId());
                }
            }
            if (!(node instanceof BoundaryEvent)) {
                byContainer.computeIfAbsent(((BaseElement) parent).getId(), key -> new ArrayList<>()).add(node);
            }
        }
        byContainer.values().forEach(siblings -> {
            for (int i = 0; i < siblings.size(); i++) {
                for (int j = i + 1; j < siblings.size(); j++) {
                    if (overlap(shapes.get(siblings.get(i).getId()), shapes.get(siblings.get(j).getId()))) {
                        problems.add(siblings.get(i).getId() + " overlaps " + siblings.get(j).getId());
                    }
                }
            }
        });
        Map<String, BpmnEdge> edges = new HashMap<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> edges.put(edge.getBpmnElement().getId(), edge));
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            BpmnEdge edge = edges.get(flow.getId());
            if (edge == null) {
                problems.add(flow.getId() + " has no edge");
            } else if (flow.getParentElement() instanceof SubProcess container && shapes.get(container.getId()) != null) {
                Bounds outer = shapes.get(container.getId());
                for (Waypoint point : edge.getWaypoints()) {
                    if (point.getX() < outer.getX() || point.getX() > outer.getX() + outer.getWidth()
                            || point.getY() < outer.getY() || point.getY() > outer.getY() + outer.getHeight()) {
                        problems.add(flow.getId() + " runs outside its subprocess " + container.getId());
                        break;
                    }
                }
            }
        }
        assertThat(problems).as(file.toString()).isEmpty();
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
