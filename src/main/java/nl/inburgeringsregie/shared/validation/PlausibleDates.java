package nl.inburgeringsregie.shared.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The window in which a date received from outside can be true. A date outside it is a typing or
 * system error (0001-01-01, 9999-12-31) and is refused with a Dutch message, never stored.
 */
public final class PlausibleDates {

    /**
     * The earliest birth date: nobody born before 1900 is below the AOW age of 67 (application.yaml
     * inburgering.aow-age, DOMAIN.md "Target groups") any more; AanmeldingRules checks the age itself
     * once the date can be read.
     */
    public static final String EARLIEST_BIRTH_DATE = "1900-01-01";

    /**
     * Wet inburgering 2021 took effect: a PIP and DUO's M2M exchange exist only from this day (DOMAIN.md
     * "Target groups": Wi2021 applies to people obliged on or after 2022-01-01; earlier ones stay outside
     * DUO's data exchange).
     */
    public static final String WI2021_START = "2022-01-01";

    /**
     * How far a moment DUO registered may lie ahead of our clock: the time stamp carries its offset, so
     * only a wrong clock on either side remains; a day is generous for that and refuses 9999-12-31.
     */
    public static final Duration DUO_CLOCK_TOLERANCE = Duration.ofDays(1);

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private PlausibleDates() {
    }

    /** Whether DUO can have registered something at this moment: from Wi2021's start to now (with tolerance). */
    public static boolean isPlausibleDuoMoment(OffsetDateTime moment, Clock clock) {
        var start = LocalDate.parse(WI2021_START).atStartOfDay(NETHERLANDS).toOffsetDateTime();
        return !moment.isBefore(start) && !moment.isAfter(OffsetDateTime.now(clock).plus(DUO_CLOCK_TOLERANCE));
    }
}
