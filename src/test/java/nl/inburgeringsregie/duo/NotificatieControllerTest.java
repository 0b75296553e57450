package nl.inburgeringsregie.duo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;


/**
 * A notification that cannot be stored because the database is away gets DUO's 500 in DUO's format, with
 * API-Version (Notificatie openapi.yml: "De server kan niet antwoorden door een (interne) fout"), so DUO sends it
 * again; nothing of the body is repeated (re-probe of issue 16).
 */
class NotificatieControllerTest {

    @Test
    void aDatabaseThatIsAwayGivesDuosInternalErrorInDuosFormat() throws Exception {
        var notificaties = mock(Notificaties.class);
        when(notificaties.receive(any())).thenThrow(new CannotGetJdbcConnectionException("database weg"));
        var api = MockMvcBuilders.standaloneSetup(new NotificatieController(notificaties, new DuoSpecifications()))
                .build();
        Principal duo = () -> "duo";

        api.perform(post("/notificaties").principal(duo).contentType(MediaType.APPLICATION_JSON)
                        .header("bron", "00000001999999999000").header("doel", "00000001000000000405")
                        .header("berichtId", "0f8fad5b-d9cb-469f-a165-70867728950e")
                        .content("{\"bsn\":\"960109286\",\"gebeurtenisId\":\"SS101\"}"))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("API-Version", "1.8.0"))
                .andExpect(jsonPath("$.fouttekst").value(org.hamcrest.Matchers.startsWith(
                        "De notificatie is niet opgeslagen door een interne fout")));
    }
}
