package nl.inburgeringsregie.shared.validation;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a value sits in a JSON document: field names and list positions, named as the API's answers
 * name fields ({@code pipVorigeGemeente.dagtekening}, {@code instructies[0].van}), like Bean Validation's
 * property paths.
 */
public record JsonPath(List<Object> steps) {

    public JsonPath {
        steps = List.copyOf(steps);
    }

    public static JsonPath root() {
        return new JsonPath(List.of());
    }

    /** The path of Jackson's error. */
    public static JsonPath of(JsonMappingException e) {
        var steps = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            steps.add(reference.getFieldName() != null ? reference.getFieldName() : (Object) reference.getIndex());
        }
        return new JsonPath(steps);
    }

    public JsonPath field(String name) {
        return with(name);
    }

    public JsonPath index(int index) {
        return with(index);
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** The name in an answer; {@code body} for the document itself. */
    public String name() {
        var name = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(StrictJson.visible((String) step));
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    /** The value at this path in the document, or a missing node. */
    public JsonNode in(JsonNode document) {
        JsonNode node = document;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /** Takes the value at this path out of the document; whether there was one. */
    public boolean removeFrom(JsonNode document) {
        if (steps.isEmpty()) {
            return false;
        }
        JsonNode parent = new JsonPath(steps.subList(0, steps.size() - 1)).in(document);
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name && object.has(name)) {
            object.remove(name);
            return true;
        }
        if (parent instanceof ArrayNode array && last instanceof Integer index && index >= 0 && index < array.size()) {
            array.remove(index.intValue());
            return true;
        }
        return false;
    }

    private JsonPath with(Object step) {
        var longer = new ArrayList<>(steps);
        longer.add(step);
        return new JsonPath(longer);
    }
}
