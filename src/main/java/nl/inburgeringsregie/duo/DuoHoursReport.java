package nl.inburgeringsregie.duo;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.inburgeren.HoursService;

/** The hours a case followed, as DUO registers them: the latest totals (GevolgdeUren API). */
@Service
public class DuoHoursReport {

    private final HoursService hours;
    private final DuoGateway duo;

    public DuoHoursReport(HoursService hours, DuoGateway duo) {
        this.hours = hours;
        this.duo = duo;
    }

    /** Reports the latest totals of the case; a case without recorded hours reports nothing. */
    public void report(String caseNumber) {
        hours.totals(caseNumber).ifPresent(totals -> duo.registerHours(caseNumber, totals.languageHours(),
                totals.participationHours()));
    }
}
