package nl.inburgeringsregie.zaak;

/**
 * Why a case ended. DUO decides about the obligation (Gebeurtenissen: SS106–SS108 met, SS110–SS111
 * ended otherwise); a move to another gemeente ends the case here with a handover. A temporary exemption (SS109)
 * closes no case: it suspends it until DUO resumes the obligation (DOMAIN.md; Gebeurtenissen.md "Intrekken
 * Inburgeringsplicht": "relevant voor het hervatten inburgeringsplicht"); TIJDELIJKE_VRIJSTELLING names only the
 * cases closed for it before issue 18.
 */
public enum ClosureReason {
    DIPLOMA("SS106", "Diploma behaald", true),
    VRIJSTELLING("SS107", "Gehele vrijstelling", true),
    ONTHEFFING("SS108", "Gehele ontheffing", true),
    TIJDELIJKE_VRIJSTELLING(null, "Tijdelijke vrijstelling", false),
    INGETROKKEN("SS110", "Inburgeringsplicht ingetrokken", false),
    OVERLEDEN("SS111", "Overleden", false),
    VERHUISD(null, "Verhuisd naar een andere gemeente", false);

    private final String duoEvent;
    private final String label;
    private final boolean obligationMet;

    ClosureReason(String duoEvent, String label, boolean obligationMet) {
        this.duoEvent = duoEvent;
        this.label = label;
        this.obligationMet = obligationMet;
    }

    public String label() {
        return label;
    }

    /** Whether DUO decided the obligation is met (completion and after-care follow). */
    public boolean isObligationMet() {
        return obligationMet;
    }

    /** The reason for DUO's event code (SS106 …), if it is one that ends the obligation. */
    public static java.util.Optional<ClosureReason> ofDuoEvent(String code) {
        for (ClosureReason reason : values()) {
            if (reason.duoEvent != null && reason.duoEvent.equals(code)) {
                return java.util.Optional.of(reason);
            }
        }
        return java.util.Optional.empty();
    }
}
