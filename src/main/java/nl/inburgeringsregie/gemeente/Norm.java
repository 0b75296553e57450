package nl.inburgeringsregie.gemeente;

import java.util.List;

/**
 * The service norms a gemeente configures; each is a period counted from key dates of the case. The
 * default starting point is the legal one; a gemeente may configure another (gemeente_norm.counts_from).
 */
public enum Norm {
    BREDE_INTAKE("Brede intake afgerond", List.of("BRP_REGISTERED")),
    /** Besluit inburgering 2021 art. 5.3: the later of the BRP registration and DUO's notice (SS139). */
    PIP("PIP vastgesteld", List.of("BRP_REGISTERED", "DUO_NOTICE")),
    /**
     * A progress talk at least twice a year [seed 004 §5]: round n is due n periods after the PIP (or, for
     * the ondertussengroep without a new PIP, after the plan made before this case).
     */
    VOORTGANGSGESPREK("Voortgangsgesprek gehouden", List.of("PIP_ISSUED", "PRIOR_PLAN"), true, false, null),
    /** Participatiewet art. 56a: six months from the start of the right to bijstand. */
    FINANCIEEL_ONTZORGEN("Financieel ontzorgen afgerond", List.of("BIJSTAND_STARTED")),
    /**
     * Wet inburgering 2021 art. 11: three years from the day after the first PIP; the period counts its
     * first day, so a term from 2026-11-24 ends on 2029-11-23. DUO may extend it (SS103/SS104).
     */
    INBURGERINGSTERMIJN("Inburgeringstermijn", List.of("TERM_STARTED"), false, true, "TERM_EXTENDED"),
    /** After-care aimed at work until some years after housing [seed 004: five years]. */
    NAZORG("Nazorg afgerond", List.of("BRP_REGISTERED"));

    private final String label;
    private final List<String> legalCountsFrom;
    private final boolean recurring;
    private final boolean countsStartDay;
    private final String extendedBy;

    Norm(String label, List<String> legalCountsFrom) {
        this(label, legalCountsFrom, false, false, null);
    }

    Norm(String label, List<String> legalCountsFrom, boolean recurring, boolean countsStartDay, String extendedBy) {
        this.label = label;
        this.legalCountsFrom = legalCountsFrom;
        this.recurring = recurring;
        this.countsStartDay = countsStartDay;
        this.extendedBy = extendedBy;
    }

    /** The key date (milestone name) that extends the deadline to a later day, or null. */
    public String extendedBy() {
        return extendedBy;
    }

    /** A recurring norm is due again every period: round n is due n periods after its start. */
    public boolean isRecurring() {
        return recurring;
    }

    /** A term counts its first day, so it ends the day before the period has passed. */
    public boolean countsStartDay() {
        return countsStartDay;
    }

    /** The Dutch name caseworkers and coordinators see. */
    public String label() {
        return label;
    }

    /** The label of a norm stored by name; an unknown name is shown as it is. */
    public static String labelOf(String name) {
        for (Norm value : values()) {
            if (value.name().equals(name)) {
                return value.label();
            }
        }
        return name;
    }

    /** The key dates (milestone names) the norm counts from unless the gemeente configures others. */
    public List<String> legalCountsFrom() {
        return legalCountsFrom;
    }
}
