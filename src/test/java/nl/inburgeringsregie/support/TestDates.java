package nl.inburgeringsregie.support;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today as the application sees it: in Dutch time, whatever the machine's time zone. */
public final class TestDates {

    private TestDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
