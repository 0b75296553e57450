package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Every {@link DuoOperation} is an operation of DUO's official OpenAPI file of its API (duo-m2m/API/.../openapi.yml). */
class DuoOperationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Map<DuoApiName, JsonNode> specifications = new EnumMap<>(DuoApiName.class);

    private JsonNode specification(DuoApiName api) {
        return specifications.computeIfAbsent(api, name -> {
            try (var in = new ClassPathResource(name.specification()).getInputStream()) {
                return YAML.readTree(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everyOperationsMethodAndPathIsInItsApisOpenApiFile() {
        for (DuoOperation operation : DuoOperation.values()) {
            JsonNode path = specification(operation.api()).path("paths").path(operation.path());
            assertThat(path.isObject()).as("%s: path %s in %s", operation, operation.path(),
                    operation.api().specification()).isTrue();
            assertThat(path.has(operation.method().toLowerCase(Locale.ROOT)))
                    .as("%s: %s %s in %s", operation, operation.method(), operation.path(), operation.api().specification())
                    .isTrue();
        }
    }

    @Test
    void theNameFitsTheColumnOutboundMessageOperation() {
        // V2__brede_intake_pip.sql: outbound_message.operation VARCHAR(40)
        assertThat(DuoOperation.values()).allSatisfy(operation -> assertThat(operation.name()).hasSizeLessThanOrEqualTo(40));
    }

    @Test
    void everyOperationDuoOffersUsIsKnown() {
        // Every API but Notificatie, which DUO calls (the application serves it): each method and path of the files
        var offered = new ArrayList<String>();
        for (DuoApiName api : DuoApiName.values()) {
            if (api == DuoApiName.NOTIFICATIE) {
                continue;
            }
            specification(api).path("paths").properties().forEach(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> {
                        if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                            offered.add(api + " " + method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                        }
                    }));
        }
        var known = Arrays.stream(DuoOperation.values())
                .map(operation -> operation.api() + " " + operation.method() + " " + operation.path()).toList();
        assertThat(known).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(offered);
    }

    @Test
    void everyPlaceholderIsAParameterOfThePath() {
        for (DuoOperation operation : DuoOperation.values()) {
            JsonNode specification = specification(operation.api());
            var declared = new ArrayList<String>();
            JsonNode pathItem = specification.path("paths").path(operation.path());
            for (JsonNode parameters : List.of(pathItem.path("parameters"),
                    pathItem.path(operation.method().toLowerCase(Locale.ROOT)).path("parameters"))) {
                for (JsonNode parameter : parameters) {
                    JsonNode resolved = parameter.has("$ref") ? resolve(specification, parameter.get("$ref").asText())
                            : parameter;
                    if ("path".equals(resolved.path("in").asText())) {
                        declared.add(resolved.path("name").asText());
                    }
                }
            }
            var placeholders = new ArrayList<String>();
            Matcher matcher = PLACEHOLDER.matcher(operation.path());
            while (matcher.find()) {
                placeholders.add(matcher.group(1));
            }
            assertThat(placeholders).as("%s path parameters", operation).containsExactlyInAnyOrderElementsOf(declared);
        }
    }

    private static JsonNode resolve(JsonNode specification, String reference) {
        return specification.at(reference.substring(1));
    }
}
