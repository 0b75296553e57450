package nl.inburgeringsregie.duo;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * DUO's attentiesignaal SS127, "Nog geen inburgeringsaanbod ontvangen (bij asielmigrant met al vastgestelde leerroute en
 * geen aanbod)" (Attentiesignalen.md): when the case has a current aanbod, it is delivered again at once
 * ({@link DuoAanbodSender#resend}, within the notification's asynchronous step: DUO unreachable means a retry, DUO's
 * refusal an incident); the consulent's task says which it was, or — without an aanbod — what to do to give one.
 */
@Service
class InburgeringsaanbodSignal {

    private final DuoAanbodSender aanbod;

    InburgeringsaanbodSignal(DuoAanbodSender aanbod) {
        this.aanbod = aanbod;
    }

    NotificatieRouting.Outcome missing(NotificatieRouting.Notificatie notification, IntegrationCase aCase) {
        var resent = aanbod.resend(aCase.caseNumber());
        return NotificatieRouting.Outcome.signal(notification.event(), resent
                .map(instelling -> "Het inburgeringsaanbod van de zaak (instelling " + instelling
                        + ") is opnieuw aan DUO geleverd.")
                .orElse(""));
    }
}
