package nl.inburgeringsregie.shared.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.validation.JsonPath;
import nl.inburgeringsregie.shared.validation.StrictJson;

/**
 * Every JSON request body of the application's own API is read strictly (the ObjectMapper's settings in
 * application.yaml and StrictJsonConfiguration: no duplicate keys, nothing after the document, no
 * number for a text, date or yes/no, no NUL characters) and all its faults are reported in one answer:
 * Jackson stops at its first, so each faulty field is taken out and the rest read again, and the Bean
 * Validation messages of the other fields are added. The answer is {@link InvalidInputException}'s
 * problem detail, a Dutch message per field. Camunda's engine-rest is not Spring MVC and is not touched.
 */
@ControllerAdvice(basePackages = "nl.inburgeringsregie")
class StrictJsonRequests extends RequestBodyAdviceAdapter {

    private final ObjectMapper json;
    private final Validator validator;

    StrictJsonRequests(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        check(new String(body, charset(input.getHeaders())), json.constructType(targetType));
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    private void check(String text, JavaType type) {
        JsonNode document;
        try {
            document = StrictJson.read(json, text);
        } catch (StrictJson.UnreadableJsonException e) {
            throw InvalidInputException.of("body", "Het verzoek is geen geldige JSON: " + e.getMessage());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonPath nul : StrictJson.nulCharacters(document)) {
            errors.put(nul.name(), JsonFieldMessages.NUL);
            nul.removeFrom(document);
        }
        while (true) {
            Object value;
            try {
                value = json.treeToValue(document, type);
            } catch (JsonMappingException e) {
                JsonPath at = JsonPath.of(e);
                errors.putIfAbsent(at.name(), JsonFieldMessages.of(e, at.in(document)));
                if (!at.removeFrom(document)) {
                    throw new InvalidInputException(errors);
                }
                continue;
            } catch (IOException e) {
                throw InvalidInputException.of("body", "Het verzoek is geen geldige JSON");
            }
            if (errors.isEmpty()) {
                return;
            }
            if (value != null) {
                validator.validate(value).forEach(violation ->
                        errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
            }
            throw new InvalidInputException(errors);
        }
    }

    private static Charset charset(HttpHeaders headers) {
        MediaType type = headers.getContentType();
        return type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    }
}
