package nl.inburgeringsregie.casefile;

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
    BREDE_INTAKE_DONE("Brede intake afgerond", false, false),
    LEERBAARHEIDSTOETS_REGISTERED("Aangemeld voor de leerbaarheidstoets", false, true),
    LEERBAARHEIDSTOETS_PLANNED("Leerbaarheidstoets gepland", true, false),
    LEERBAARHEIDSTOETS_RESULT("Uitslag leerbaarheidstoets", false, true),
    LEERBAARHEIDSTOETS_SKIPPED("Leerbaarheidstoets niet afgenomen (beperking)", false, true),
    /** The dagtekening of the first PIP. */
    PIP_ISSUED("PIP vastgesteld", false, false),
    /** The day after the first PIP's dagtekening. */
    TERM_STARTED("Inburgeringstermijn gestart", true, false),
    BIJSTAND_STARTED("Bijstand gestart", false, false),
    ONTZORGEN_SKIPPED("Geen financieel ontzorgen (uitzondering lokaal beleid)", false, true),
    BIJSTAND_ENDED("Bijstand beëindigd", false, false),
    ONTZORGEN_ENDED("Financieel ontzorgen afgerond", false, false);

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

    /** Planned events may lie ahead; events that happened may not. */
    public boolean isFutureAllowed() {
        return futureAllowed;
    }

    /** Whether the milestone takes the recording day as its date instead of a date given. */
    public boolean isDatedOnRecording() {
        return datedOnRecording;
    }
}
