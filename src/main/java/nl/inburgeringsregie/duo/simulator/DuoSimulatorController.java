package nl.inburgeringsregie.duo.simulator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriTemplate;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.DuoSpecifications;
import nl.inburgeringsregie.duo.Foutmelding;
import nl.inburgeringsregie.gemeente.GemeenteService;

/**
 * DUO's M2M APIs as a simulator ({@code /duo-simulator/v1/...}, profile duo-simulator): every request
 * is checked against DUO's official OpenAPI file of its API and refused with 400 when it does not meet
 * it; every answer the simulated DUO gives, its refusals included, is checked against the same file before it leaves.
 */
@RestController
@Profile("duo-simulator")
class DuoSimulatorController {

    static final String BASE = "/duo-simulator/v1";

    private final DuoSpecifications specifications;
    private final SimulatedDuo duo;
    private final GemeenteService gemeenten;
    private final Environment environment;
    private final Clock clock;
    private final SimulatedDuoFaults faults;

    DuoSimulatorController(DuoSpecifications specifications, SimulatedDuo duo, GemeenteService gemeenten,
            Environment environment, Clock clock, SimulatedDuoFaults faults) {
        this.faults = faults;
        this.specifications = specifications;
        this.duo = duo;
        this.gemeenten = gemeenten;
        this.environment = environment;
        this.clock = clock;
    }

    @RequestMapping(BASE + "/**")
    ResponseEntity<String> handle(HttpServletRequest request, @RequestBody(required = false) String body) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + BASE.length());
        String method = request.getMethod();
        var headers = new LinkedHashMap<String, String>();
        for (String name : List.of("bron", "doel", "berichtId")) {
            Optional.ofNullable(request.getHeader(name)).ifPresent(value -> headers.put(name, value));
        }
        var match = match(method, path);
        if (match.isEmpty()) {
            return answer(null, 404, fouttekst("Onbekende operatie " + method + " " + path), path, headers, body, List.of());
        }
        DuoOperation operation = match.get().operation();
        var findings = specifications.checkRequest(operation.api(),
                new DuoSpecifications.Exchange(method, path, headers, body));
        if (!findings.isEmpty()) {
            return answer(operation, 400, fouttekst("Verzoek voldoet niet aan de specificatie: "
                    + String.join("; ", findings)), path, headers, body, findings);
        }
        if (!headers.get("doel").equals(environment.getRequiredProperty("inburgering.duo.oin"))) {
            return answer(operation, 403, notAuthorised(operation, method, path, "Doel is niet het OIN van DUO."), path,
                    headers, body, List.of());
        }
        var gemeente = gemeenten.findByOin(headers.get("bron"));
        if (gemeente.isEmpty()) {
            return answer(operation, 403, notAuthorised(operation, method, path, "Bron is geen bekende gemeente."), path,
                    headers, body, List.of());
        }
        var fault = faults.statusFor(operation, match.get().values().get("bsn"));
        if (fault.isPresent()) {
            return answer(operation, fault.get(), fault.get() == SimulatedDuo.REFUSED
                    ? notAuthorised(operation, method, path, "De persoon is niet relevant voor de gemeente.") : null,
                    path, headers, body, List.of());
        }
        var result = duo.handle(operation, match.get().values(), gemeente.get().code().substring(2), body);
        if (result.status() != SimulatedDuo.NOT_SIMULATED) {
            var answerFindings = specifications.checkResponse(operation.api(), method, path, result.status(),
                    Map.of("API-Version", specifications.version(operation.api())), result.body());
            if (!answerFindings.isEmpty()) {
                throw new IllegalStateException("Simulator answer outside DUO's specification: " + answerFindings);
            }
        }
        return answer(operation, result.status(), result.body(), path, headers, body, List.of());
    }

    private ResponseEntity<String> answer(DuoOperation operation, int status, String answer, String path,
            Map<String, String> headers, String body, List<String> findings) {
        duo.record(new SimulatedDuo.Received(OffsetDateTime.now(clock), operation, path, headers.get("bron"),
                headers.get("berichtId"), body, status, findings));
        var response = ResponseEntity.status(status);
        if (operation != null) {
            response.header("API-Version", specifications.version(operation.api()));
        }
        return answer == null ? response.build() : response.contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /**
     * The body of a 403 "Niet geautoriseerd" as the operation's file gives it: an array of Foutmelding where the file
     * has one (PIP, Inburgeringsaanbod, Contactpersoon, MAP-PVT-Zroute: "Foutmeldingen worden nu teruggeven als een
     * HTTP403", PIP CHANGELOG 1.2.0), none where the file gives the 403 without content (the reading operations).
     */
    private String notAuthorised(DuoOperation operation, String method, String path, String text) {
        String refusal = duo.write(List.of(Foutmelding.of(text)));
        boolean fileHasABody = specifications.checkResponse(operation.api(), method, path, 403,
                Map.of("API-Version", specifications.version(operation.api())), refusal).isEmpty();
        return fileHasABody ? refusal : null;
    }

    private String fouttekst(String text) {
        return duo.write(Foutmelding.of(text));
    }

    record Match(DuoOperation operation, Map<String, String> values) {
    }

    static Optional<Match> match(String method, String path) {
        return Arrays.stream(DuoOperation.values())
                .filter(operation -> operation.method().equals(method))
                .filter(operation -> new UriTemplate(operation.path()).matches(path))
                .map(operation -> new Match(operation, new UriTemplate(operation.path()).match(path)))
                .findFirst();
    }
}
