package nl.inburgeringsregie.duo;

import org.springframework.stereotype.Service;

/**
 * The hours a case followed, as DUO registers them: the totals (GevolgdeUren API), for the step {@code duo.urenMelden}
 * of cases still on an older model version; new models call {@code duoUren.melden} ({@link DuoUrenSender}).
 */
@Service
public class DuoHoursReport {

    private final DuoUrenSender hours;

    public DuoHoursReport(DuoUrenSender hours) {
        this.hours = hours;
    }

    /** Reports the totals of the case; a case without recorded hours reports nothing. */
    public void report(String caseNumber) {
        hours.registerTotals(caseNumber);
    }
}
