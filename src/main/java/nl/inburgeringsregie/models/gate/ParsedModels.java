package nl.inburgeringsregie.models.gate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.models.ModelFiles;
import nl.inburgeringsregie.models.ModelFiles.ModelFile;

/**
 * The model files read once: BPMN and DMN through Camunda's model API (which checks them against the
 * XML schemas), forms as JSON, and the XML of each model as a DOM for rules that read every attribute.
 * A file that cannot be read is a finding; the rules see only the files that could.
 */
final class ParsedModels {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, BpmnModelInstance> bpmn = new LinkedHashMap<>();
    final Map<String, Document> bpmnXml = new LinkedHashMap<>();
    final Map<String, DmnModelInstance> dmn = new LinkedHashMap<>();
    final Map<String, JsonNode> forms = new LinkedHashMap<>();

    static ParsedModels read(ModelFiles files, Findings findings) {
        var models = new ParsedModels();
        for (ModelFile file : files.files()) {
            try {
                if (file.isBpmn()) {
                    models.bpmn.put(file.name(), Bpmn.readModelFromStream(new ByteArrayInputStream(file.content())));
                    models.bpmnXml.put(file.name(), dom(file.content()));
                } else if (file.isDmn()) {
                    models.dmn.put(file.name(), Dmn.readModelFromStream(new ByteArrayInputStream(file.content())));
                } else if (file.isForm()) {
                    models.forms.put(file.name(), JSON.readTree(file.content()));
                }
            } catch (IOException | RuntimeException | SAXException | ParserConfigurationException e) {
                findings.add(file.name(), null, "Het bestand kan niet worden gelezen als "
                        + kind(file) + ": " + rootMessage(e));
            }
        }
        return models;
    }

    private static String kind(ModelFile file) {
        return file.isBpmn() ? "BPMN-model" : file.isDmn() ? "DMN-model" : "Camunda Form (JSON)";
    }

    private static Document dom(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
