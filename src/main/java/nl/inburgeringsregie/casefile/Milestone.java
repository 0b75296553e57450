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
    NO_BIJSTAND("Geen bijstand aangevraagd", false, true);

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
