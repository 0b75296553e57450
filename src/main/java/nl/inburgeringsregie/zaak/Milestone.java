package nl.inburgeringsregie.zaak;

/** Key dates of a case. Each is recorded once per case; recording again corrects the date. */
public enum Milestone {
    THREE_PARTY_TALK_PLANNED("Driegesprek gepland", true, false),
    THREE_PARTY_TALK_HELD("Driegesprek gehouden", false, false),
    REMOTE_HANDOVER("Overdracht op afstand", false, false),
    HOUSING_ALLOCATED("Woning toegewezen", false, false),
    MOVED("Verhuisd", false, false),
    /** The BRP registration date: the clock of brede intake and PIP starts here. */
    BRP_REGISTERED("Ingeschreven in de BRP", false, false),
    SOCIAL_GUIDANCE_REFERRED("Verwezen naar maatschappelijke begeleiding", false, false),
    BIJSTAND_APPLIED("Bijstand aangevraagd", false, false),
    /** A decision without a date of its own: recorded on the day it is taken. */
    NO_BIJSTAND("Geen bijstand aangevraagd", false, true),
    /** DUO's notice that the person left the COA and lives in the gemeente (SS139). */
    DUO_NOTICE("Melding DUO: gevestigd in de gemeente", false, false),
    /** The first day of the obligation as DUO registered it (Inburgeringsplicht API, begindatum). */
    OBLIGATION_STARTED("Inburgeringsplicht gestart (DUO)", false, false),
    /**
     * Which law applies and why (ApplicableLaw): recorded at the aanmelding and again when DUO's begindatum
     * arrives; the note gives the law, the date and its source.
     */
    APPLICABLE_LAW("Toepasselijke wet", false, true),
    BREDE_INTAKE_DONE("Brede intake afgerond", false, false),
    LEERBAARHEIDSTOETS_REGISTERED("Aangemeld voor de leerbaarheidstoets", false, true),
    LEERBAARHEIDSTOETS_PLANNED("Leerbaarheidstoets gepland", true, false),
    LEERBAARHEIDSTOETS_RESULT("Uitslag leerbaarheidstoets", false, true),
    LEERBAARHEIDSTOETS_SKIPPED("Leerbaarheidstoets niet afgenomen (beperking)", false, true),
    /** The dagtekening of the first PIP. */
    PIP_ISSUED("PIP vastgesteld", false, false),
    /** The day after the first PIP's dagtekening. */
    TERM_STARTED("Inburgeringstermijn gestart", true, false),
    /**
     * The first PIP was withdrawn before DUO set the term (issue 20, point 6): its PIP_ISSUED and TERM_STARTED are
     * removed; the note names the version, its dagtekening and the reason. Dated on recording.
     */
    PIP_WITHDRAWN("PIP ingetrokken", false, true),
    BIJSTAND_STARTED("Bijstand gestart", false, false),
    ONTZORGEN_SKIPPED("Geen financieel ontzorgen (uitzondering lokaal beleid)", false, true),
    BIJSTAND_ENDED("Bijstand beëindigd", false, false),
    ONTZORGEN_ENDED("Financieel ontzorgen afgerond", false, false),
    /** Ondertussengroep: the date of the plan made before this case, when the intake is not done again. */
    PRIOR_PLAN("Eerder plan (vóór deze zaak)", false, false),
    /**
     * SS120: moved here from another gemeente without a PIP; lives here already, so no warme overdracht. The BRP
     * registration in this gemeente is the key date of the intake and PIP clocks.
     */
    MOVED_IN("Verhuisd uit een andere gemeente (zonder PIP)", false, true),
    /** SS121: settled here with the PIP of the previous gemeente. */
    MOVED_IN_WITH_PIP("Gevestigd met PIP van vorige gemeente", false, false),
    TAALSCHAKEL_STARTED("Taalschakeltraject gestart", false, false),
    TAALSCHAKEL_ENDED("Taalschakeltraject afgerond", false, false),
    EXAMS_PASSED("Alle examenonderdelen behaald", false, true),
    Z_ROUTE_HOURS_REACHED("Uren Z-route behaald", false, true),
    /**
     * DUO granted a gedeeltelijke vrijstelling (SS117) or ontheffing (SS119): the note names the exam parts no
     * longer to pass; dated by DUO's datumOordeel.
     */
    EXAM_PARTS_EXEMPTED("Examenonderdelen vrijgesteld of ontheven (DUO)", false, false),
    /** The eindgesprek MAP; its date goes to DUO. */
    MAP_FINISHED("Eindgesprek MAP gehouden", false, false),
    /**
     * The term passed without the eindgesprek MAP: whether that is culpable ("Verwijtbaar: ja/nee"), for DUO (README,
     * MAP: 'Verwijtbaar (Ja/Nee)'); dated on recording.
     */
    MAP_CULPABILITY("Verwijtbaarheid MAP vastgelegd (termijn verstreken)", false, true),
    /** The signing of the participatieverklaring; its date goes to DUO. */
    PVT_SIGNED("Participatieverklaring ondertekend", false, false),
    /** The Z-route eindgesprek; its date goes to DUO with MAP and PVT. */
    Z_ROUTE_FINISHED("Eindgesprek Z-route gehouden", false, false),
    /**
     * DUO changed the doelgroep (SS124 asielstatushouder to gezins- or overige migrant, SS125 the other way): the case
     * follows DUO's new doelgroep; the note gives the old and new group and the event (DoelgroepChange).
     */
    DOELGROEP_CHANGED("Doelgroep gewijzigd (DUO)", false, false),
    /** The new last day of the term after DUO extended it (SS103/SS104). */
    TERM_EXTENDED("Inburgeringstermijn verlengd tot", true, false),
    /**
     * DUO registered the term (SS102) with other dates than we computed: DUO's stand, the note gives both
     * (DOMAIN.md: "where DUO's dates differ from ours, DUO's stand, and the difference is shown to the coordinator").
     */
    TERM_DIFFERS_FROM_DUO("Termijn volgens DUO wijkt af van eigen berekening", false, true),
    /** DUO's decision that the obligation is met (SS106–SS108). */
    OBLIGATION_MET("Inburgeringsplicht nagekomen (besluit DUO)", false, false),
    /** DUO ended the obligation otherwise (SS110–SS111). */
    OBLIGATION_ENDED("Inburgeringsplicht beëindigd (besluit DUO)", false, false),
    /**
     * DUO granted a temporary exemption (SS109): the case is suspended from this day, its clocks paused (DUO's
     * Gebeurtenissen.md, "Intrekken Inburgeringsplicht": "relevant voor het hervatten inburgeringsplicht").
     */
    SUSPENDED("Opgeschort: tijdelijke vrijstelling", false, false),
    /** DUO resumed the obligation (SS130, or SS129 without a leerroute): the case and its clocks run again. */
    RESUMED("Inburgeringsplicht hervat", false, false),
    MOVED_AWAY("Verhuisd naar een andere gemeente", false, false),
    COMPLETED("Inburgering afgerond", false, true),
    AFTERCARE_ENDED("Nazorg afgerond", false, true);

    private final String label;
    private final boolean futureAllowed;
    private final boolean datedOnRecording;

    Milestone(String label, boolean futureAllowed, boolean datedOnRecording) {
        this.label = label;
        this.futureAllowed = futureAllowed;
        this.datedOnRecording = datedOnRecording;
    }

    public String label() {
        return label;
    }

    /** The label of a milestone stored by name; an unknown name is shown as it is. */
    public static String labelOf(String name) {
        for (Milestone value : values()) {
            if (value.name().equals(name)) {
                return value.label();
            }
        }
        return name;
    }

    /** Planned events may lie ahead; events that happened may not. */
    public boolean isFutureAllowed() {
        return futureAllowed;
    }

    /** Whether the milestone takes the recording day as its date instead of a date given. */
    public boolean isDatedOnRecording() {
        return datedOnRecording;
    }
}
