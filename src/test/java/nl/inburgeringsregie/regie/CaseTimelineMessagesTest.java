package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.regie.CaseTimeline.Gebeurtenis;
import nl.inburgeringsregie.regie.CaseTimelineMessages.Sent;

/**
 * The reads asked of DUO together are one step on the case's timeline (the case page's "Opvragen bij DUO" asks nine at
 * once, issue 20 point 5); a message that changes DUO's registration stays a step of its own.
 */
class CaseTimelineMessagesTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T10:15:00+01:00");

    static Sent sent(DuoOperation operation, String status, int seconds) {
        return new Sent(operation, operation.name(), status, AT.plusSeconds(seconds));
    }

    @Test
    void readsAskedTogetherAreOneStepThatNamesEachAndCountsTheUnanswered() {
        var steps = CaseTimelineMessages.toDuo(List.of(
                sent(DuoOperation.INBURGERINGSPLICHT_OPVRAGEN, "VERZONDEN", 0),
                sent(DuoOperation.DOELGROEP_OPVRAGEN, "VERZONDEN", 1),
                sent(DuoOperation.ONTHEFFINGEN_OPVRAGEN, "AFGEWEZEN", 2)));

        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.soort()).isEqualTo("Bericht aan DUO");
            assertThat(step.omschrijving()).isEqualTo("3 gegevens opgevraagd bij DUO, waarvan 1 zonder antwoord");
            assertThat(step.toelichting()).isEqualTo("Inburgeringsplicht opvragen (verzonden); Doelgroep opvragen "
                    + "(verzonden); Ontheffingen opvragen (afgewezen)");
            assertThat(step.tijdstip()).isEqualTo(AT);
        });
    }

    @Test
    void aMessageThatChangesDuosRegistrationAndReadsLaterAreStepsOfTheirOwn() {
        List<Gebeurtenis> steps = CaseTimelineMessages.toDuo(List.of(
                sent(DuoOperation.MAP_OPVRAGEN, "VERZONDEN", 0),
                sent(DuoOperation.PIP_REGISTREREN, "VERZONDEN", 5),
                sent(DuoOperation.PVT_OPVRAGEN, "VERZONDEN", 6),
                sent(DuoOperation.UREN_OPVRAGEN, "MISLUKT", 6 + 61)));

        assertThat(steps).extracting(Gebeurtenis::omschrijving).containsExactly(
                "Datum eindgesprek MAP opvragen (verzonden)", "PIP registreren (verzonden)",
                "Datum ondertekening PVT opvragen (verzonden)", "Gevolgde uren opvragen (mislukt)");
        assertThat(steps).extracting(Gebeurtenis::toelichting).containsOnlyNulls();
    }

    @Test
    void anOperationNoLongerKnownIsShownInWords() {
        assertThat(CaseTimelineMessages.toDuo(List.of(new Sent(null, "OUDE_OPERATIE", "VERZONDEN", AT))))
                .extracting(Gebeurtenis::omschrijving).singleElement().asString().doesNotContain("_");
    }
}
