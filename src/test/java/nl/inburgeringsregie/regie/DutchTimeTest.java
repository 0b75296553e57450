package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Every date and time in the configured zone (inburgering.tijdzone, Europe/Amsterdam), while the JVM runs
 * in UTC (surefire sets user.timezone=UTC): 23:30 UTC on 31 March 2026 is 01:30 on 1 April in Amsterdam
 * (summer time), so that is the day of the work, of the norm met and of the timeline, and the time the
 * regie page and the case file show — also for moments the database hands back in UTC, as PostgreSQL does.
 */
class DutchTimeTest extends ScenarioTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-31T23:30:00Z");
    private static final String IN_AMSTERDAM = "2026-04-01T01:30:00+02:00";
    private static final LocalDate APRIL_FIRST = LocalDate.of(2026, 4, 1);

    @BeforeEach
    void lateEveningUtc() {
        assertThat(TimeZone.getDefault().toZoneId().normalized()).as("the JVM runs in UTC").isEqualTo(ZoneOffset.UTC);
        ClockUtil.setCurrentTime(Date.from(LATE_EVENING_UTC));
    }

    @Test
    void workDoneAtHalfPastElevenUtcIsDoneOnTheFirstOfAprilAtHalfPastOne() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));

        JsonNode page = getJson("coordinator", "/api/regie/zaken/" + driver.caseNumber());
        assertThat(page.get("openTaken").get(0).get("aangemaakt").asText()).as("the task's time").isEqualTo(IN_AMSTERDAM);
        assertThat(getJson("coordinator", "/api/zaken/" + driver.caseNumber()).get("geopendOp").asText())
                .isEqualTo(IN_AMSTERDAM);

        // "today" is 1 April: a BRP registration on 1 April is not in the future
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", APRIL_FIRST.toString());
        deadlines.meet(driver.caseNumber(), Norm.BREDE_INTAKE);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().metOn())
                .as("the day the norm is met").isEqualTo(APRIL_FIRST);

        JsonNode done = entry(getJson("coordinator", "/api/regie/zaken/" + driver.caseNumber()), "Taak");
        assertThat(done.get("datum").asText()).isEqualTo(APRIL_FIRST.toString());
        assertThat(done.get("tijdstip").asText()).isEqualTo(IN_AMSTERDAM);
    }

    /** Moments stored with another offset (PostgreSQL hands back UTC) are shown and dated in Amsterdam. */
    @Test
    void momentsReadBackInUtcAreShownInAmsterdam() throws Exception {
        var data = new RegieData(jdbc);
        long caseId = data.newCase("GM0420", "ASIELMIGRANT", null, "consulent", null);
        jdbc.sql("""
                INSERT INTO inbound_message (source, kind, payload, received_at, received_by, case_id)
                VALUES ('COA', 'AANMELDING', '{}', ?, 'coa', ?)""")
                .params(LATE_EVENING_UTC.atOffset(ZoneOffset.UTC), caseId).update();
        String caseNumber = data.caseNumber(caseId);

        assertThat(getJson("consulent", "/api/zaken/" + caseNumber).get("geopendOp").asText())
                .as("opened 2023-01-01T09:00Z").isEqualTo("2023-01-01T10:00:00+01:00");
        JsonNode received = entry(getJson("coordinator", "/api/regie/zaken/" + caseNumber), "Bericht van COA");
        assertThat(received.get("datum").asText()).isEqualTo(APRIL_FIRST.toString());
        assertThat(received.get("tijdstip").asText()).isEqualTo(IN_AMSTERDAM);
    }

    private static JsonNode entry(JsonNode page, String kind) {
        for (JsonNode item : page.get("tijdlijn")) {
            if (item.get("soort").asText().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " on the timeline: " + page.get("tijdlijn"));
    }
}
