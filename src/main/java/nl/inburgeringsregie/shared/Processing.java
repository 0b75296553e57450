package nl.inburgeringsregie.shared;

/**
 * The processing activities of the application (VNG Verwerkingenlogging: verwerkingsactiviteit, with its own id and
 * name in the gemeente's register of processing activities, AVG art. 30), each with the action it logs (actieNaam),
 * its kind (handelingNaam: Inzien, Wijzigen, Exporteren) and its legal ground (grondslag). The casework's ground is the
 * gemeente's public task under the Wet inburgering 2021 (AVG art. 6 lid 1 onder e: brede intake, PIP, ontzorgen, the
 * exchange with DUO); the privacy officer's lookups answer an inzageverzoek
 * (AVG art. 15, a legal obligation: art. 6 lid 1 onder c).
 */
public enum Processing {

    AANMELDEN("Inburgeraar aanmelden", Handeling.INVOEREN),
    ZAAK_INZIEN("Zaakpagina inzien", Handeling.INZIEN),
    ZAAK_OPVRAGEN("Zaakdossier opvragen (API)", Handeling.INZIEN),
    FORMULIER_INZIEN("Taakformulier openen (Tasklist)", Handeling.INZIEN),
    FORMULIER_INDIENEN("Taakformulier indienen (Tasklist)", Handeling.WIJZIGEN),
    ZAAK_TERMIJNEN_INZIEN("Termijnen van de zaak opvragen (API)", Handeling.INZIEN),
    PIP_INZIEN("PIP opvragen (API)", Handeling.INZIEN),
    UREN_INZIEN("Gevolgde uren opvragen (API)", Handeling.INZIEN),
    ARCHIEF_INZIEN("Archivering van de zaak opvragen (API)", Handeling.INZIEN),
    DUO_GEGEVENS_INZIEN("Gegevens bij DUO inzien", Handeling.INZIEN),
    DUO_NOTIFICATIE_INZIEN("DUO-notificatie inzien", Handeling.INZIEN),
    TERMIJNEN_INZIEN("Termijnenlijst inzien", Handeling.INZIEN),
    TERMIJNEN_EXPORTEREN("Termijnenlijst exporteren (CSV)", Handeling.EXPORTEREN),
    MIJN_ZAKEN_INZIEN("Mijn zaken inzien", Handeling.INZIEN),
    TERMIJN_WIJZIGEN("Termijn pauzeren of verlengen", Handeling.WIJZIGEN),
    ZAAK_OVERDRAGEN("Zaak overdragen aan een andere consulent", Handeling.WIJZIGEN),
    PIP_WIJZIGING_VRAGEN("Wijziging van het PIP vragen", Handeling.WIJZIGEN),
    PIP_INTREKKEN("PIP intrekken", Handeling.WIJZIGEN),
    BLOKKADE_WIJZIGEN("Juridische blokkade plaatsen of opheffen", Handeling.WIJZIGEN),
    VERWERKINGEN_INZIEN("Verwerkingen van een persoon inzien (inzageverzoek)", Handeling.INZIEN, true),
    VERWERKINGEN_EXPORTEREN("Verwerkingen van een persoon exporteren (inzageverzoek)", Handeling.EXPORTEREN, true);

    /** VNG's handelingNaam. */
    public enum Handeling {
        INVOEREN("Invoeren"), INZIEN("Inzien"), WIJZIGEN("Wijzigen"), EXPORTEREN("Exporteren");

        private final String label;

        Handeling(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final String CASEWORK_GROUND = "AVG art. 6 lid 1 onder e; Wet inburgering 2021 (uitvoering inburgeringsplicht)";
    static final String INZAGE_GROUND = "AVG art. 6 lid 1 onder c en art. 15 (recht op inzage)";

    private final String actieNaam;
    private final Handeling handeling;
    private final boolean inzageverzoek;

    Processing(String actieNaam, Handeling handeling) {
        this(actieNaam, handeling, false);
    }

    Processing(String actieNaam, Handeling handeling, boolean inzageverzoek) {
        this.actieNaam = actieNaam;
        this.handeling = handeling;
        this.inzageverzoek = inzageverzoek;
    }

    public String actieNaam() {
        return actieNaam;
    }

    public Handeling handeling() {
        return handeling;
    }

    /** VNG's verwerkingsactiviteitId: the activity in the register of processing activities. */
    public String activiteitId() {
        return inzageverzoek ? "inburgeringsregie-inzageverzoek" : "inburgeringsregie-casemanagement";
    }

    /** VNG's verwerkingNaam: the activity's name. */
    public String activiteitNaam() {
        return inzageverzoek ? "Afhandelen inzageverzoek AVG" : "Uitvoering Wet inburgering 2021 (regie en casemanagement)";
    }

    /** VNG's gegevensbron: where the data came from (DUO's registers, read live, or the application's own tables). */
    public String gegevensbron() {
        return switch (this) {
            case DUO_GEGEVENS_INZIEN, DUO_NOTIFICATIE_INZIEN -> "DUO";
            case UREN_INZIEN -> "Inburgeringsregie en DUO";
            case AANMELDEN -> "Aanmelding (COA of gemeente)";
            default -> "Inburgeringsregie";
        };
    }

    /** VNG's verwerkteSoortenGegevens, in words. */
    public String soortGegevens() {
        return switch (this) {
            case AANMELDEN -> "aanmelding: BSN, naam, geboortedatum, nationaliteit, taal, opleiding, huishouden";
            case ZAAK_INZIEN, ZAAK_OPVRAGEN -> "zaakdossier: naam, fase, mijlpalen, termijnen, verslagen";
            case DUO_GEGEVENS_INZIEN -> "gegevens bij DUO: inburgeringsplicht, termijn, examens, vrijstellingen";
            case DUO_NOTIFICATIE_INZIEN -> "DUO-notificatie: BSN, v-nummer, gebeurtenis";
            case TERMIJNEN_INZIEN, TERMIJNEN_EXPORTEREN, MIJN_ZAKEN_INZIEN -> "naam, zaak, fase, termijnen";
            case TERMIJN_WIJZIGEN -> "termijnen van de zaak";
            case FORMULIER_INZIEN -> "naam en de gegevens van de taak";
            case FORMULIER_INDIENEN -> "de velden van het formulier";
            case ZAAK_TERMIJNEN_INZIEN -> "termijnen en overschrijdingen van de zaak";
            case PIP_INZIEN -> "PIP: leerroute, niveau, aanbieders, beoordeling";
            case UREN_INZIEN -> "gevolgde uren per aanbieder en maand, uren bij DUO";
            case ARCHIEF_INZIEN -> "archiefnominatie en archiefactiedatum van de zaak";
            case PIP_WIJZIGING_VRAGEN, PIP_INTREKKEN -> "PIP en de aanleiding of reden";
            case ZAAK_OVERDRAGEN -> "consulent van de zaak";
            case BLOKKADE_WIJZIGEN -> "juridische blokkade van de zaak en de reden";
            case VERWERKINGEN_INZIEN, VERWERKINGEN_EXPORTEREN -> "verwerkingen van de persoon (BSN)";
        };
    }

    public String grondslag() {
        return inzageverzoek ? INZAGE_GROUND : CASEWORK_GROUND;
    }
}
