package nl.inburgeringsregie.duo;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events DUO notifies a gemeente of (Gebeurtenissen.md of the M2M specification), each with DUO's
 * description and how this application handles it.
 */
public enum DuoGebeurtenis {
    SS101("Persoon is inburgeringsplichtig", Handling.NEW_OBLIGATION),
    SS128("Persoon is inburgeringsplichtig, maar bereikt AOW-leeftijd binnen 6 maanden", Handling.NEW_OBLIGATION),
    SS139("Persoon is inburgeringsplichtig en de termijn van 10 weken voor vaststellen leerroute is gestart",
            Handling.NEW_OBLIGATION),
    SS129("Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend", Handling.NEW_OBLIGATION),
    SS120("Inburgeringsplichtige in gemeente gevestigd zonder PIP", Handling.SETTLED),
    SS121("Inburgeringsplichtige in gemeente gevestigd met PIP vorige gemeente", Handling.SETTLED),
    SS124("Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd", Handling.DOELGROEP_CHANGED),
    SS125("Doelgroep van gezinsmigrant en overige migrant naar asielstatushouder gewijzigd", Handling.DOELGROEP_CHANGED),
    SS130("Tijdelijke vrijstelling ingetrokken, PIP al bekend", Handling.EXEMPTION_WITHDRAWN),
    SS137("Persoon is aangemeld voor de leerbaarheidstoets", Handling.LBT_REGISTERED),
    SS131("Leerbaarheidstoets is afgenomen en resultaat is bekend", Handling.LBT_RESULT),
    SS102("Inburgeringstermijn gestart", Handling.TERM_STARTED),
    SS103("Termijn ambtshalve verlengd", Handling.TERM_EXTENDED),
    SS104("Termijn op verzoek verlengd", Handling.TERM_EXTENDED),
    SS106("Diploma behaald", Handling.OBLIGATION_MET),
    SS107("Gehele vrijstelling toegekend", Handling.OBLIGATION_MET),
    SS108("Gehele ontheffing toegekend", Handling.OBLIGATION_MET),
    SS109("Tijdelijke vrijstelling toegekend", Handling.TEMPORARY_EXEMPTION),
    SS110("Inburgeringsplicht ingetrokken", Handling.OBLIGATION_ENDED),
    SS111("Persoon is overleden", Handling.OBLIGATION_ENDED),
    SS113("Verzoek verlenging afgewezen", Handling.SIGNAL),
    SS114("Verzoek gehele vrijstelling afgewezen", Handling.SIGNAL),
    SS115("Verzoek tijdelijke vrijstelling afgewezen", Handling.SIGNAL),
    SS116("Verzoek gedeeltelijke vrijstelling afgewezen", Handling.SIGNAL),
    SS117("Verzoek gedeeltelijke vrijstelling toegekend", Handling.PARTIAL_EXEMPTION),
    SS118("Verzoek ontheffing afgewezen", Handling.SIGNAL),
    SS119("Verzoek gedeeltelijke ontheffing toegekend", Handling.PARTIAL_EXEMPTION),
    SS199("Uitslag examen bekend", Handling.EXAM_RESULT);

    /** What the application does with the event. */
    public enum Handling {
        /** Starts the 10-week clock of an existing case, or a new case for a gezins- or overige migrant. */
        NEW_OBLIGATION,
        /** Moved in: a new case, with the previous gemeente's PIP for SS121. */
        SETTLED,
        /** Recorded in the case file. */
        LBT_REGISTERED,
        /** DUO's result goes to the waiting leerbaarheidstoets step. */
        LBT_RESULT,
        /** The term as DUO started it is recorded. */
        TERM_STARTED,
        /** The term's new last day moves the term clock. */
        TERM_EXTENDED,
        /** The obligation is met: the case goes to completion (schakel 5). */
        OBLIGATION_MET,
        /** The obligation ended otherwise: the case closes with the reason. */
        OBLIGATION_ENDED,
        /**
         * SS109: a temporary exemption suspends the case until DUO resumes the obligation (Gebeurtenissen.md,
         * "Intrekken Inburgeringsplicht": the administration "is relevant voor het hervatten inburgeringsplicht").
         */
        TEMPORARY_EXEMPTION,
        /**
         * SS130: the exemption was withdrawn and the earlier obligation resumes with its PIP (Gebeurtenissen.md,
         * "Termijn gewijzigd": "Eerdere inburgeringsplicht wordt hervat"): a suspended case runs again with DUO's term.
         */
        EXEMPTION_WITHDRAWN,
        /** New exam results are recorded and move the route on. */
        EXAM_RESULT,
        /** SS117/SS119: the exam parts DUO exempted are read and no longer to pass ({@link PartialExemptions}). */
        PARTIAL_EXEMPTION,
        /** SS124/SS125: DUO's new doelgroep is read and the case follows it ({@link DoelgroepChanges}). */
        DOELGROEP_CHANGED,
        /** A consulent judges what it means for the case. */
        SIGNAL
    }

    private final String description;
    private final Handling handling;

    DuoGebeurtenis(String description, Handling handling) {
        this.description = description;
        this.handling = handling;
    }

    public String description() {
        return description;
    }

    public Handling handling() {
        return handling;
    }

    public static Optional<DuoGebeurtenis> of(String id) {
        return Arrays.stream(values()).filter(event -> event.name().equals(id)).findFirst();
    }
}
