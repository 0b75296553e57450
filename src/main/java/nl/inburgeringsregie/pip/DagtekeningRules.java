package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.Optional;

import nl.inburgeringsregie.shared.DutchDate;

/**
 * DUO's rules for the dagtekening of a PIP (README of the DUO M2M specification, "Het aanleveren van een PIP",
 * "Datum dagtekening"), checked where the coordinator gives the date ("PIP beoordelen"), so that nothing is
 * approved — and no term started — that DUO will refuse to register:
 * <ul>
 * <li>"De datum dagtekening mag niet voor de start van de inburgeringsplicht liggen";</li>
 * <li>"… mag niet voor de vestiging van de inburgeraar bij de gemeente liggen" (the BRP registration here);</li>
 * <li>"… mag bij een gewijzigde PIP niet voor de … datum dagtekening van de initiële PIP OF voor de datum
 * dagtekening van de actuele PIP liggen" (the PIP in force: every approved dagtekening is on or after the one
 * before it, so the PIP in force is never dated before the initial one).</li>
 * </ul>
 * A date the case does not know is no bound: without DUO's start of the obligation (no SS101/SS128/SS129… read
 * yet), the review checks the other bounds and {@code duo.DuoSender} checks again before sending (docs/consulent.md).
 * Messages are Dutch, for the form field {@code pipDagtekening}.
 */
final class DagtekeningRules {

    /** The dates the case knows that bound a dagtekening; each may be null (unknown). */
    record Bounds(LocalDate obligationStartsOn, LocalDate settledOn, LocalDate pipInForce) {
    }

    private DagtekeningRules() {
    }

    /** Why DUO would refuse this dagtekening, or empty when it may be given. */
    static Optional<String> violation(LocalDate dagtekening, LocalDate today, Bounds bounds) {
        if (dagtekening.isAfter(today)) {
            return Optional.of("De dagtekening mag niet in de toekomst liggen");
        }
        if (before(dagtekening, bounds.obligationStartsOn())) {
            return Optional.of("De dagtekening mag niet voor de start van de inburgeringsplicht ("
                    + DutchDate.format(bounds.obligationStartsOn()) + ") liggen (DUO-regel)");
        }
        if (before(dagtekening, bounds.settledOn())) {
            return Optional.of("De dagtekening mag niet voor de inschrijving in de gemeente ("
                    + DutchDate.format(bounds.settledOn()) + ") liggen (DUO-regel)");
        }
        if (before(dagtekening, bounds.pipInForce())) {
            return Optional.of("De dagtekening mag niet voor die van het geldende PIP ("
                    + DutchDate.format(bounds.pipInForce()) + ") liggen (DUO-regel)");
        }
        return Optional.empty();
    }

    private static boolean before(LocalDate dagtekening, LocalDate bound) {
        return bound != null && dagtekening.isBefore(bound);
    }
}
