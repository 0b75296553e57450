package nl.inburgeringsregie.duo;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * DUO's M2M APIs over HTTP (Digikoppeling REST). Configuration ({@code inburgering.duo.*}):
 * <ul>
 * <li>{@code url}: DUO's base URL including {@code /v1}; in the demo the simulator of this application;</li>
 * <li>{@code oin}: DUO's OIN, sent as Doel;</li>
 * <li>{@code ssl-bundle}: a Spring Boot SSL bundle with the gemeente's PKIoverheid certificate for
 * two-way TLS (production);</li>
 * <li>{@code token}: the gemeente's system-account token as a bearer token, only for the simulator.</li>
 * </ul>
 * The client is built on first use, so the URL may refer to the application's own port.
 */
@Component
class HttpDuoApi implements DuoApi {

    private final Environment environment;
    private final ObjectProvider<SslBundles> sslBundles;
    private final ObjectMapper json;
    private volatile RestClient client;

    HttpDuoApi(Environment environment, ObjectProvider<SslBundles> sslBundles, ObjectMapper json) {
        this.environment = environment;
        this.sslBundles = sslBundles;
        this.json = json;
    }

    @Override
    public Answer send(Call call) {
        return exchange(call, () -> {
            var entity = request(call).retrieve().toEntity(String.class);
            return new Answer(entity.getStatusCode().value(), entity.getBody());
        });
    }

    @Override
    public Optional<String> read(Call call) {
        return exchange(call, () -> {
            try {
                return Optional.ofNullable(request(call).retrieve().body(String.class));
            } catch (HttpClientErrorException.NotFound noSuchRegistration) {
                return Optional.<String>empty();
            }
        });
    }

    /** Runs the call; DUO's 4xx becomes {@link DuoRejectedException}, 5xx or no answer {@link DuoUnavailableException}. */
    private <T> T exchange(Call call, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RestClientResponseException e) {
            throw failure(call, e);
        } catch (RestClientException e) {
            throw new DuoUnavailableException("DUO is niet bereikbaar ('" + call.operation().label() + "'): " + e.getMessage(), e);
        }
    }

    private RestClient.RequestBodySpec request(Call call) {
        var spec = client().method(HttpMethod.valueOf(call.operation().method()))
                .uri(call.path())
                .header("bron", call.bron())
                .header("doel", environment.getRequiredProperty("inburgering.duo.oin"))
                .header("berichtId", call.berichtId())
                .accept(MediaType.APPLICATION_JSON);
        if (call.body() != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(call.body());
        }
        return spec;
    }

    /** 4xx: DUO refuses, with its fouttekst when it gives one; 5xx: DUO fails, try again later. */
    private RuntimeException failure(Call call, RestClientResponseException e) {
        if (e.getStatusCode().is4xxClientError()) {
            return new DuoRejectedException("DUO weigert '" + call.operation().label() + "' (HTTP " + e.getStatusCode().value()
                    + ")" + fouttekst(e.getResponseBodyAsString()), e);
        }
        return new DuoUnavailableException("DUO gaf een fout bij '" + call.operation().label() + "' (HTTP "
                + e.getStatusCode().value() + ")" + fouttekst(e.getResponseBodyAsString()), e);
    }

    /**
     * DUO's reason from a refusal's body: since PIP API 1.2.0 and Inburgeringsaanbod API 1.1.0 DUO refuses with HTTP 403
     * and an array of Foutmelding (PIP CHANGELOG: "Foutmeldingen worden nu teruggeven als een HTTP403"; Inburgeringsaanbod
     * CHANGELOG: "Foutmeldingen worden nu alleen teruggeven als een HTTP403"; openapi.yml: 403 {@code type: array, items:
     * Foutmelding}); other answers carry one Foutmelding object. Both are read; several texts are joined with "; ".
     */
    static String fouttekst(ObjectMapper json, String body) {
        try {
            var node = body == null || body.isBlank() ? null : json.readTree(body);
            if (node == null) {
                return "";
            }
            var texts = new java.util.ArrayList<String>();
            Iterable<com.fasterxml.jackson.databind.JsonNode> items = node.isArray() ? node : java.util.List.of(node);
            for (var item : items) {
                if (item.hasNonNull("fouttekst") && !item.get("fouttekst").asText().isBlank()) {
                    texts.add(item.get("fouttekst").asText());
                }
            }
            return texts.isEmpty() ? "" : ": " + String.join("; ", texts);
        } catch (Exception notJson) {
            return "";
        }
    }

    private String fouttekst(String body) {
        return fouttekst(json, body);
    }

    private RestClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
            }
        }
        return client;
    }

    private RestClient build() {
        var settings = ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(Duration.ofSeconds(10))
                .withReadTimeout(Duration.ofSeconds(30));
        String bundle = environment.getProperty("inburgering.duo.ssl-bundle");
        if (bundle != null && !bundle.isBlank()) {
            settings = settings.withSslBundle(sslBundles.getObject().getBundle(bundle));
        }
        var builder = RestClient.builder()
                .baseUrl(environment.getRequiredProperty("inburgering.duo.url"))
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(settings));
        String token = environment.getProperty("inburgering.duo.token");
        if (token != null && !token.isBlank()) {
            builder.defaultHeaders(headers -> headers.setBearerAuth(token));
        }
        return builder.build();
    }
}
