package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * DUO's reason for a refusal: since PIP API 1.2.0 and Inburgeringsaanbod API 1.1.0 an array of Foutmelding with HTTP 403
 * (PIP CHANGELOG: "Foutmeldingen worden nu teruggeven als een HTTP403"); elsewhere one Foutmelding object.
 */
class HttpDuoApiTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anArrayOfFoutmeldingenIsJoined() {
        assertThat(HttpDuoApi.fouttekst(json, """
                [{"fouttekst": "De dagtekening ligt voor de start van de inburgeringsplicht."},
                 {"fouttekst": "Het niveau past niet bij de leerroute."}]"""))
                .isEqualTo(": De dagtekening ligt voor de start van de inburgeringsplicht.; Het niveau past niet bij de leerroute.");
    }

    @Test
    void oneFoutmeldingObjectIsRead() {
        assertThat(HttpDuoApi.fouttekst(json, "{\"fouttekst\": \"Er is geen PIP geregistreerd.\"}"))
                .isEqualTo(": Er is geen PIP geregistreerd.");
    }

    @Test
    void withoutAFouttekstNothingIsAdded() {
        assertThat(HttpDuoApi.fouttekst(json, "[]")).isEmpty();
        assertThat(HttpDuoApi.fouttekst(json, "")).isEmpty();
        assertThat(HttpDuoApi.fouttekst(json, null)).isEmpty();
        assertThat(HttpDuoApi.fouttekst(json, "<html>Forbidden</html>")).isEmpty();
        assertThat(HttpDuoApi.fouttekst(json, "[{\"code\": 12}]")).isEmpty();
    }
}
