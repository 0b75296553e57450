package nl.inburgeringsregie.shared.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a JSON text with the application's {@link ObjectMapper}, which refuses duplicate keys and content
 * after the document (spring.jackson.* in application.yaml), and says in Dutch why a text is not
 * acceptable. NUL characters (U+0000) are refused too, raw or escaped: no message needs them, and
 * PostgreSQL's text columns cannot hold them.
 */
public final class StrictJson {

    /** Jackson's text for a duplicate key (JsonParser.Feature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final char NUL = '\u0000';

    private StrictJson() {
    }

    /** Why a JSON text cannot be read, in Dutch ("het veld 'bsn' komt twee keer voor"). */
    public static class UnreadableJsonException extends RuntimeException {
        public UnreadableJsonException(String reason) {
            super(reason);
        }
    }

    /** The document, or {@link UnreadableJsonException} when it is empty, holds a NUL or is no (strict) JSON. */
    public static JsonNode read(ObjectMapper json, String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableJsonException("het is leeg");
        }
        if (text.indexOf(NUL) >= 0) {
            throw new UnreadableJsonException("het bevat een NUL-teken (U+0000)");
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException(reason(e));
        }
    }

    /** Where the document's texts (values or keys) hold a NUL character. */
    public static List<JsonPath> nulCharacters(JsonNode node) {
        var found = new ArrayList<JsonPath>();
        collectNul(node, JsonPath.root(), found);
        return found;
    }

    /** The text with each NUL written as JSON's escape of it (backslash, u, four zeros), so that it can be stored and shown. */
    public static String visible(String text) {
        return text == null || text.indexOf(NUL) < 0 ? text : text.replace(String.valueOf(NUL), "\\u0000");
    }

    private static void collectNul(JsonNode node, JsonPath at, List<JsonPath> found) {
        if (node.isTextual() && node.textValue().indexOf(NUL) >= 0) {
            found.add(at);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonPath child = at.field(field.getKey());
                if (field.getKey().indexOf(NUL) >= 0) {
                    found.add(child);
                } else {
                    collectNul(field.getValue(), child, found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNul(node.get(i), at.index(i), found);
            }
        }
    }

    private static String reason(JsonProcessingException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            return "het veld '" + duplicate.group(1) + "' komt twee keer voor";
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "na het JSON-document volgt nog tekst" + where(e.getLocation());
        }
        return "de opbouw klopt niet" + where(e.getLocation());
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (regel " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")";
    }
}
