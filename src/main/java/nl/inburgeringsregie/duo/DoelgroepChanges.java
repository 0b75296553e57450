package nl.inburgeringsregie.duo;

import java.util.Map;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.duo.NotificatieRouting.Notificatie;
import nl.inburgeringsregie.duo.NotificatieRouting.Outcome;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.DoelgroepChange;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * DUO's SS124 "Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd" and SS125 "Doelgroep
 * van gezinsmigrant en overige migrant naar asielstatushouder gewijzigd" [DUO Gebeurtenissen.md, "Wijziging
 * doelgroep"; relevant: the Inburgeringsplicht API]. The signalling pattern reads the new doelgroep, the case follows it
 * ({@link DoelgroepChange}, {@link CaseFileService#changeDoelgroep}) and what depends on it follows [issue 18, error 15]:
 * <ul>
 * <li>the fine exception for asielstatushouders and the Z-route's participation hours read the case's doelgroep when
 * they decide, so they follow at once;</li>
 * <li>financieel ontzorgen is for asielstatushouders on bijstand only (Participatiewet art. 56a; DOMAIN.md, target-group
 * table "financieel ontzorgen (6 months): asielmigrant yes, if on bijstand; gezins- / overige migrant no"): on SS124 a
 * running ontzorgen is closed now with its closing talk and one not yet started does not start (message to
 * financieel-ontzorgen); on SS125 the six months count from the start of the bijstand, which for someone already on
 * bijstand may be past, so the consulent judges it (a signal with the reason).</li>
 * </ul>
 */
@Service
public class DoelgroepChanges {

    private final DuoReads duo;
    private final CaseFileService caseFile;
    private final CaseMessages messages;

    DoelgroepChanges(DuoReads duo, CaseFileService caseFile, CaseMessages messages) {
        this.duo = duo;
        this.caseFile = caseFile;
        this.messages = messages;
    }

    public Outcome changed(Notificatie notification, IntegrationCase aCase) {
        var read = duo.doelgroepIndeling(notification.bsn(), notification.bron());
        if (read.isEmpty() || read.get().indeling() == null) {
            return Outcome.signal("DUO meldt een gewijzigde doelgroep, maar geeft geen doelgroep; beoordeel de melding.");
        }
        Doelgroep from = aCase.doelgroep();
        var to = DoelgroepChange.follow(from, read.get().indeling(), read.get().gedetailleerdeDoelgroep());
        if (to.isEmpty()) {
            return from.isWi2013()
                    ? Outcome.signal("DUO meldt de doelgroep " + read.get().indeling() + ", maar deze zaak valt onder de "
                            + "Wet inburgering 2013 (" + from.label() + "); beoordeel of de zaak moet veranderen.")
                    : Outcome.processed("Doelgroep volgens DUO: " + read.get().indeling() + "; de zaak had die al ("
                            + from.label() + ").");
        }
        String note = DoelgroepChange.note(from, to.get(), notification.event().name());
        caseFile.changeDoelgroep(aCase.caseNumber(), to.get(), read.get().begindatum(), note);
        if (!to.get().isAsielmigrant()) {
            boolean ontzorgen = messages.deliver(aCase.caseNumber(), CaseMessages.Kind.NO_LONGER_ASIELSTATUSHOUDER, Map.of());
            return Outcome.processed("Doelgroep gewijzigd: " + note + (ontzorgen
                    ? ". Financieel ontzorgen geldt alleen voor asielstatushouders: het wordt nu afgerond of niet gestart."
                    : "."));
        }
        return Outcome.signal("Doelgroep gewijzigd: " + note + ". Beoordeel of financieel ontzorgen nog van toepassing "
                + "is (bij bijstand, zes maanden vanaf de start van de bijstand) en neem de participatie-uren van de "
                + "Z-route (800 uur) op in het PIP.");
    }
}
