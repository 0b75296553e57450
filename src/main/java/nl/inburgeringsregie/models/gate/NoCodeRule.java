package nl.inburgeringsregie.models.gate;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A model calls the application only through its process beans in expressions: no Java class named in the
 * model ({@code camunda:class} on a task, {@code class} on a listener: the engine would instantiate it, whatever
 * class it is) and no script (script
 * tasks, {@code camunda:script} in listeners and input/output), which could reach beyond the process beans.
 */
final class NoCodeRule implements ModelRule {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.bpmnXml.forEach((file, document) -> visit(document.getDocumentElement(), null, file, findings));
    }

    private static void visit(Element element, String owner, String file, Findings findings) {
        String id = element.getAttribute("id");
        String here = id.isEmpty() ? owner : id;
        if ("scriptTask".equals(element.getLocalName())
                || CAMUNDA.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName())) {
            findings.add(file, here, "Een model bevat geen scripts; roep een bean aan die voor modellen is "
                    + "opengesteld (@ProcessBean)");
        }
        String javaClass = element.hasAttributeNS(CAMUNDA, "class") ? element.getAttributeNS(CAMUNDA, "class")
                : CAMUNDA.equals(element.getNamespaceURI()) && element.hasAttribute("class") ? element.getAttribute("class")
                : null;
        if (javaClass != null) {
            findings.add(file, here, "Een model noemt geen Java-klasse (camunda:class=\"" + javaClass
                    + "\"); roep een bean aan die voor modellen is opengesteld (@ProcessBean)");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                visit(childElement, here, file, findings);
            }
        }
    }
}
