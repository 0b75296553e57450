package nl.inburgeringsregie.zaak;

/** Where a case stands in the five links (schakels). */
public enum CasePhase {
    REGISTERED("Aangemeld"),
    WARME_OVERDRACHT("Warme overdracht"),
    READY_FOR_BREDE_INTAKE("Klaar voor brede intake"),
    BREDE_INTAKE("Brede intake"),
    LEERBAARHEIDSTOETS("Leerbaarheidstoets"),
    PIP_IN_PREPARATION("PIP in voorbereiding"),
    /** The first PIP is in force; schakel 4 (inburgeren en participeren) follows. */
    PIP_ISSUED("PIP vastgesteld"),
    /** Schakel 4: the route, progress talks, MAP and PVT. */
    INBURGEREN("Inburgeren en participeren"),
    /** Schakel 5: DUO decided the obligation is met; completion and after-care. */
    AFRONDEN("Afronden"),
    NAZORG("Nazorg"),
    /**
     * DUO granted a temporary exemption (SS109): the case stands still, its clocks paused, until DUO resumes the
     * obligation (SS130, SS129) or ends it; it then returns to the phase it was in (zaak.CaseSuspension).
     */
    SUSPENDED("Opgeschort: tijdelijke vrijstelling"),
    CLOSED("Afgesloten");

    private final String label;

    CasePhase(String label) {
        this.label = label;
    }

    /** The Dutch name of the phase (the schakels of DOMAIN.md) users see. */
    public String label() {
        return label;
    }
}
