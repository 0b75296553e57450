package nl.inburgeringsregie.duo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A request to DUO as it will travel (path, the headers Bron, Doel and BerichtId, body) against DUO's OpenAPI file of its
 * API, before it leaves (issue 20: "checked against DUO's OpenAPI files before sending"). Used for every message
 * ({@link DuoOutbound}) and every read ({@link DuoReads}).
 */
@Component
class DuoRequestCheck {

    private static final Pattern UNFILLED = Pattern.compile("\\{(\\w+)}");

    private final DuoSpecifications specifications;
    private final Environment environment;

    DuoRequestCheck(DuoSpecifications specifications, Environment environment) {
        this.specifications = specifications;
        this.environment = environment;
    }

    /** Why the request may not leave, in Dutch; empty when it meets DUO's file. */
    Optional<String> refusal(DuoApi.Call call) {
        var findings = findings(call);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        DuoOperation operation = call.operation();
        return Optional.of("Het bericht '" + operation.label() + "' voldoet niet aan de specificatie van DUO ("
                + operation.api().specification() + ", versie " + specifications.version(operation.api())
                + ") en is niet verzonden: " + String.join("; ", masked(findings, call.pathValues())));
    }

    private List<String> findings(DuoApi.Call call) {
        var unfilled = UNFILLED.matcher(call.path());
        if (unfilled.find()) {
            return List.of("de waarde voor {" + unfilled.group(1) + "} in het pad ontbreekt");
        }
        var headers = new LinkedHashMap<String, String>();
        headers.put("bron", call.bron());
        headers.put("doel", environment.getProperty("inburgering.duo.oin", ""));
        headers.put("berichtId", call.berichtId());
        return specifications.checkRequest(call.operation().api(),
                new DuoSpecifications.Exchange(call.operation().method(), call.path(), headers, call.body()));
    }

    /** The checker quotes wrong values; a BSN (or other path value) must not reach an incident or the log. */
    private static List<String> masked(List<String> findings, Map<String, String> pathValues) {
        return findings.stream().map(finding -> {
            String text = finding;
            for (var value : pathValues.entrySet()) {
                // a short value (e.g. an id "7") could be a number of the finding itself; a BSN has nine digits
                if (value.getValue() != null && value.getValue().length() >= 4) {
                    text = text.replace(value.getValue(), "{" + value.getKey() + "}");
                }
            }
            return text;
        }).toList();
    }
}
