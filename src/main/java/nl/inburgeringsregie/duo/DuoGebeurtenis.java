package nl.inburgeringsregie.duo;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events DUO notifies a gemeente of (Gebeurtenissen.md of the M2M specification) and its attentiesignalen
 * (Attentiesignalen.md), each with DUO's description, how this application handles it and, for a signal, the
 * instruction the task shows. docs/duo-gebeurtenissen.md lists them all (DuoEventTableTest keeps it in step).
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
    // Gebeurtenissen.md:102-107, "Verzoeken inburgeraar": DUO decided a request the inburgeraar made to DUO
    SS113("Verzoek verlenging afgewezen", Handling.SIGNAL,
            "DUO heeft het verzoek van de inburgeraar om verlenging van de inburgeringstermijn afgewezen: de termijn "
                    + "blijft zoals hij was. Bespreek met de inburgeraar wat dat betekent voor de planning en pas het PIP "
                    + "zo nodig aan."),
    SS114("Verzoek gehele vrijstelling afgewezen", Handling.SIGNAL,
            "DUO heeft het verzoek van de inburgeraar om gehele vrijstelling afgewezen: de inburgeringsplicht, het PIP "
                    + "en de termijn blijven gelden. Bespreek dit met de inburgeraar."),
    SS115("Verzoek tijdelijke vrijstelling afgewezen", Handling.SIGNAL,
            "DUO heeft het verzoek van de inburgeraar om tijdelijke vrijstelling afgewezen: de zaak loopt door en de "
                    + "termijn staat niet stil. Bespreek dit met de inburgeraar en kijk of het PIP haalbaar blijft."),
    SS116("Verzoek gedeeltelijke vrijstelling afgewezen", Handling.SIGNAL,
            "DUO heeft het verzoek van de inburgeraar om gedeeltelijke vrijstelling afgewezen: alle examenonderdelen "
                    + "van de leerroute blijven nodig. Bespreek dit met de inburgeraar en controleer of het PIP daarop is "
                    + "afgestemd."),
    SS117("Verzoek gedeeltelijke vrijstelling toegekend", Handling.PARTIAL_EXEMPTION),
    SS118("Verzoek ontheffing afgewezen", Handling.SIGNAL,
            "DUO heeft het verzoek van de inburgeraar om ontheffing afgewezen: de inburgeringsplicht blijft. Bespreek "
                    + "dit met de inburgeraar en kijk of de leerroute en de ondersteuning in het PIP nog passen."),
    SS119("Verzoek gedeeltelijke ontheffing toegekend", Handling.PARTIAL_EXEMPTION),
    SS199("Uitslag examen bekend", Handling.EXAM_RESULT),

    // The attentiesignalen (Attentiesignalen.md). DUO's page calls them a "mental note" to go through a future
    // attentiesignaal API (SDI008, Attentiesignalen.md:1, README "API's op de roadmap"); the Notificatie API's
    // gebeurtenisId (^[0-9A-Z]{1,6}$) takes them, so they are accepted there and nothing DUO sends is refused.
    /** Attentiesignalen.md:32. DUO decides the request; its decision follows as SS104 or SS113 (Gebeurtenissen.md:94,102). */
    SS112("Verzoek verlenging ingediend", Handling.SIGNAL,
            "De inburgeraar heeft DUO om verlenging van de inburgeringstermijn gevraagd. DUO beslist; lever DUO zo nodig "
                    + "informatie over de voortgang en over wat de inburgeraar wel of niet te verwijten valt. Het besluit "
                    + "volgt als aparte melding (verlengd of afgewezen)."),
    /**
     * Attentiesignalen.md:6,10: the old gemeente is urged to complete the administration of efforts and results
     * "ten behoeve van het hervatten van de inburgeringsplicht".
     */
    SS122("Vertrokken naar andere gemeente", Handling.SIGNAL,
            "De inburgeraar is volgens DUO naar een andere gemeente vertrokken. Vul de administratie aan van wat gedaan "
                    + "en behaald is (uren, MAP, participatieverklaring, examens) en geef aan DUO door wat nog ontbreekt, "
                    + "zodat de nieuwe gemeente verder kan. Leg daarna de verhuizing vast en draag de zaak over."),
    /** Attentiesignalen.md:6,11; an obligation DUO ends because of it follows as SS110 (Gebeurtenissen.md:54). */
    SS123("Vertrokken uit Nederland", Handling.SIGNAL,
            "De inburgeraar is volgens DUO uit Nederland vertrokken. Vul de administratie aan van wat gedaan en behaald "
                    + "is en geef aan DUO door wat nog ontbreekt: dat telt als de inburgeringsplicht later wordt hervat. "
                    + "Trekt DUO de inburgeringsplicht in, dan volgt daarvan een aparte melding."),
    /** Attentiesignalen.md:17: the 10-week term applied and no leerroute was set at its end. */
    SS126("10 weken verstreken zonder leerroute", Handling.COORDINATOR_SIGNAL,
            "Volgens DUO is de termijn van 10 weken voor het vaststellen van de leerroute verstreken zonder dat er een "
                    + "leerroute is. Zorg met voorrang dat het PIP wordt vastgesteld en aan DUO doorgegeven, en wijs de "
                    + "zaak zo nodig toe aan een consulent die dat kan doen."),
    /**
     * Attentiesignalen.md:22. Signal only: this application does not register an inburgeringsaanbod with DUO yet, so
     * there is nothing to resend.
     */
    SS127("Nog geen inburgeringsaanbod ontvangen (bij asielmigrant met al vastgestelde leerroute en geen aanbod)",
            Handling.SIGNAL,
            "DUO heeft voor deze asielmigrant met een vastgestelde leerroute nog geen inburgeringsaanbod ontvangen. Is het "
                    + "aanbod opnieuw geleverd, controleer dan over een paar dagen of DUO het nu heeft (geen nieuw signaal). "
                    + "Heeft de zaak geen aanbod, leg het dan vast met 'PIP wijzigen' (taalaanbieder en de data van het "
                    + "aanbod); na goedkeuring van het PIP gaat het aanbod naar DUO."),
    /** Attentiesignalen.md:23-24: an institution reported a contract DUO did not expect. */
    SS132("Opleidingscontract ontvangen (nog geen PIP)", Handling.SIGNAL,
            "Een instelling heeft bij DUO een opleidingscontract gemeld, maar DUO heeft nog geen PIP. Stel het PIP op en "
                    + "geef het door aan DUO, of neem contact op met de instelling als het contract niet klopt."),
    /** Attentiesignalen.md:23,25. */
    SS133("Opleidingscontract ontvangen met taalniveau niet conform de opgegeven leerroute voor inburgering",
            Handling.SIGNAL,
            "Een instelling heeft bij DUO een opleidingscontract gemeld met een taalniveau dat niet past bij de leerroute "
                    + "in het PIP. Neem contact op met de instelling en de inburgeraar en wijzig zo nodig het PIP."),
    /** Attentiesignalen.md:23,26. */
    SS135("Opleidingscontract ontvangen met te hoog taalniveau conform de PIP (Z-route)", Handling.SIGNAL,
            "Een instelling heeft bij DUO een opleidingscontract gemeld met een te hoog taalniveau voor de Z-route in het "
                    + "PIP. Neem contact op met de instelling en de inburgeraar en wijzig zo nodig het PIP."),
    /** Attentiesignalen.md:23,27. */
    SS136("Opleidingscontract voor taalschakeltraject ontvangen, geen onderwijsroute", Handling.SIGNAL,
            "Een instelling heeft bij DUO een contract voor een taalschakeltraject gemeld, terwijl de leerroute in het PIP "
                    + "geen onderwijsroute is. Neem contact op met de instelling en de inburgeraar en wijzig zo nodig het "
                    + "PIP."),
    /** Attentiesignalen.md:30: DUO asks the gemeente for advice on an ontheffing for bijzondere individuele omstandigheden. */
    SS140("Verzoek ontheffing bijzondere individuele omstandigheden (BIO): advies gevraagd", Handling.COORDINATOR_SIGNAL,
            "De inburgeraar heeft DUO om ontheffing gevraagd wegens bijzondere individuele omstandigheden (BIO). DUO vraagt "
                    + "de gemeente daarover advies. Stel het advies op, geef het aan DUO en leg hier vast wat is "
                    + "geadviseerd."),
    /**
     * Attentiesignalen.md:14: sent "zodra via de portal de tekst voor het certificaat gedownload kan worden". Signal
     * only: the case has no milestone for the certificate.
     */
    SS141("Z-route voldaan: tekst voor het certificaat beschikbaar in de portal", Handling.SIGNAL,
            "De inburgeraar heeft volgens DUO aan de Z-route voldaan. De tekst voor het certificaat kan nu in het "
                    + "DUO-portaal worden gedownload: download die en reik het certificaat uit."),
    /** Attentiesignalen.md:21, DUO's own instruction: "Indien nodig graag contact opnemen met inburgeraar en PIP herzien". */
    SS142("Niet-vrijstellende opleiding beëindigd wegens uitschrijving", Handling.SIGNAL,
            "Een niet-vrijstellende opleiding van de inburgeraar is beëindigd wegens uitschrijving. Neem zo nodig contact "
                    + "op met de inburgeraar en herzie het PIP.");

    /** What the application does with the event. */
    public enum Handling {
        /** Starts the 10-week clock of an existing case, or a new case for a gezins- or overige migrant. */
        NEW_OBLIGATION,
        /** Moved in: a new case, with the previous gemeente's PIP for SS121. */
        SETTLED,
        /**
         * SS137: the registration is recorded in the case file if absent; a case without an exam number (registered by
         * someone else) gets a signal.
         */
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
        /** A consulent judges what it means for the case, with the event's own instruction where it has one. */
        SIGNAL,
        /**
         * A coordinator judges it (a task for the coordinatoren): what DUO signals is about the gemeente's duty as a
         * whole — a PIP overdue (SS126) or advice DUO asks of the gemeente (SS140) — not the consulent's next step.
         */
        COORDINATOR_SIGNAL
    }

    private final String description;
    private final Handling handling;
    private final String instruction;

    DuoGebeurtenis(String description, Handling handling) {
        this(description, handling, null);
    }

    DuoGebeurtenis(String description, Handling handling, String instruction) {
        this.description = description;
        this.handling = handling;
        this.instruction = instruction;
    }

    public String description() {
        return description;
    }

    public Handling handling() {
        return handling;
    }

    /** What happened and what to do, in Dutch, for a signal task; empty for an event handled automatically. */
    public Optional<String> instruction() {
        return Optional.ofNullable(instruction);
    }

    public static Optional<DuoGebeurtenis> of(String id) {
        return Arrays.stream(values()).filter(event -> event.name().equals(id)).findFirst();
    }
}
