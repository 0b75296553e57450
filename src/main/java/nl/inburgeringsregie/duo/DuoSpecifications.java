package nl.inburgeringsregie.duo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * DUO's official OpenAPI files (vendored under {@code duo-m2m/API}), loaded once, and the checks of a
 * request or response against them. The checking is Atlassian's swagger-request-validator; nothing
 * here re-implements a schema rule.
 */
@Component
public class DuoSpecifications {

    private static final Pattern VERSION = Pattern.compile("(?m)^info:(?:\\R(?: .*)?)*?\\R  version: *(\\S+)");

    private final Map<DuoApiName, OpenApiInteractionValidator> validators = new EnumMap<>(DuoApiName.class);
    private final Map<DuoApiName, String> versions = new EnumMap<>(DuoApiName.class);

    public DuoSpecifications() {
        for (DuoApiName api : DuoApiName.values()) {
            String specification = read(api.specification());
            validators.put(api, OpenApiInteractionValidator.createForInlineApiSpecification(specification).build());
            Matcher version = VERSION.matcher(specification);
            if (!version.find()) {
                throw new IllegalStateException("DUO specification " + api.specification() + " has no info.version");
            }
            versions.put(api, version.group(1));
        }
    }

    /** The API's version ({@code info.version}), which DUO's answers carry in the API-Version header. */
    public String version(DuoApiName api) {
        return versions.get(api);
    }

    /** A message as it travels: method, path without the base path, headers and JSON body (or null). */
    public record Exchange(String method, String path, Map<String, String> headers, String body) {
    }

    /** The findings of checking a request against the API's specification; empty means valid. */
    public List<String> checkRequest(DuoApiName api, Exchange request) {
        var builder = new SimpleRequest.Builder(Request.Method.valueOf(request.method()), request.path());
        request.headers().forEach(builder::withHeader);
        if (request.body() != null) {
            builder.withBody(request.body()).withContentType("application/json");
        }
        return findings(validators.get(api).validateRequest(builder.build()));
    }

    /** The findings of checking a response (status, headers, body) against the API's specification. */
    public List<String> checkResponse(DuoApiName api, String method, String path, int status,
            Map<String, String> headers, String body) {
        var builder = SimpleResponse.Builder.status(status);
        headers.forEach(builder::withHeader);
        if (body != null) {
            builder.withBody(body).withContentType("application/json");
        }
        return findings(validators.get(api).validateResponse(path, Request.Method.valueOf(method), builder.build()));
    }

    private static List<String> findings(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    private static String read(String location) {
        try (var in = new ClassPathResource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("DUO specification " + location + " is missing", e);
        }
    }
}
