package nl.inburgeringsregie.models.gate;

import java.util.Set;
import java.util.function.BiConsumer;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every attribute value and text of a BPMN model that the engine reads, with the id of the element it
 * belongs to: documentation, text annotations and the diagram are left out (they may quote an expression
 * as an example).
 */
final class ModelTexts {

    private static final Set<String> NOT_READ_BY_THE_ENGINE = Set.of("documentation", "textAnnotation", "BPMNDiagram");

    private ModelTexts() {
    }

    static void forEach(Document model, BiConsumer<String, String> elementAndText) {
        visit(model.getDocumentElement(), null, elementAndText);
    }

    private static void visit(Element element, String owner, BiConsumer<String, String> elementAndText) {
        if (NOT_READ_BY_THE_ENGINE.contains(element.getLocalName())) {
            return;
        }
        String id = element.getAttribute("id");
        String here = id.isEmpty() || "timerEventDefinition".equals(element.getLocalName()) ? owner : id;
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            elementAndText.accept(here, attributes.item(i).getNodeValue());
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                elementAndText.accept(here, child.getNodeValue());
            } else if (child instanceof Element childElement) {
                visit(childElement, here, elementAndText);
            }
        }
    }
}
