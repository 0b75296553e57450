package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The days a temporary exemption suspends and resumes a case, from what DUO registered (Vrijstelling API, schema
 * TijdelijkeVrijstelling: "startdatum … (inclusief)", "einddatum … (inclusief)"), which DUO's Gebeurtenissen.md names
 * as a relevant API for SS109, SS129 and SS130. DUO's dates stand where they make sense today; otherwise the day DUO
 * notified the event counts. Decided (docs/coordinator.md, "Tijdelijke vrijstelling"): a start that lies ahead does
 * not wait — DUO notified the exemption now and the case stands still from that day; an end that lies ahead does not
 * hold the case — DUO withdrew the exemption now.
 */
public final class TemporaryExemptionDates {

    private TemporaryExemptionDates() {
    }

    /**
     * The first day the case stands still (SS109): the start of the latest exemption DUO granted, unless DUO gives
     * none or it lies after {@code notified}; then the day of the notification.
     */
    public static LocalDate suspendedFrom(List<DuoApi.TijdelijkeVrijstelling> exemptions, LocalDate notified) {
        return latestGranted(exemptions).map(DuoApi.TijdelijkeVrijstelling::startdatum)
                .filter(start -> !start.isAfter(notified)).orElse(notified);
    }

    /**
     * The day the case runs again (SS130, SS129): the day after the last day of the latest exemption DUO granted
     * (its einddatum counts as a day of the exemption), unless DUO gives none, or that day lies after {@code notified}
     * or before the suspension began; then the day of the notification.
     */
    public static LocalDate resumedOn(List<DuoApi.TijdelijkeVrijstelling> exemptions, LocalDate suspendedSince,
            LocalDate notified) {
        return latestGranted(exemptions).map(DuoApi.TijdelijkeVrijstelling::einddatum)
                .filter(end -> end != null).map(end -> end.plusDays(1))
                .filter(day -> !day.isAfter(notified) && !day.isBefore(suspendedSince)).orElse(notified);
    }

    private static Optional<DuoApi.TijdelijkeVrijstelling> latestGranted(List<DuoApi.TijdelijkeVrijstelling> exemptions) {
        return exemptions.stream().filter(DuoApi.TijdelijkeVrijstelling::granted)
                .filter(exemption -> exemption.startdatum() != null)
                .max(Comparator.comparing(DuoApi.TijdelijkeVrijstelling::startdatum));
    }
}
