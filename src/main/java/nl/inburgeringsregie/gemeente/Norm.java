package nl.inburgeringsregie.gemeente;

import java.util.List;

/**
 * The service norms a gemeente configures; each is a period counted from key dates of the case. The
 * default starting point is the legal one; a gemeente may configure another (gemeente_norm.counts_from).
 * Two parts of the starting point are not the gemeente's to configure: the day no clock of the norm may
 * start before ({@link #notBefore()}), and the key dates a norm counts from when none of its own is known
 * ({@link #fallbackCountsFrom()}).
 */
public enum Norm {
    /**
     * Four weeks from the BRP registration [seed 004 §5; DOMAIN.md "Service norms"], never before the start of
     * the obligation: DOMAIN.md "Rules that are easy to misread": "The clocks for brede intake and PIP count
     * from the latest of: BRP registration, DUO's SS139 (where the gemeente follows Besluit art. 5.3) and the
     * start of the obligation." DUO's notice is the PIP's (art. 5.3 is about the PIP); a gemeente may add it.
     */
    BREDE_INTAKE("Brede intake afgerond", List.of("BRP_REGISTERED"), false, false, null, "OBLIGATION_STARTED", List.of(),
            "BRP_REGISTERED", "BREDE_INTAKE_DONE"),
    /**
     * Besluit inburgering 2021 art. 5.3: the later of the BRP registration and DUO's notice (SS139), and never
     * before the start of the obligation (DOMAIN.md, as above): someone long in the Netherlands and only now
     * obliged (SS101, SS129) has a BRP date years old.
     * <p>
     * Both wait for the BRP registration: the brede intake may start at the driegesprek, before the person is
     * housed [seed 002 §2.2: "Het driepartijengesprek gesprek is tevens de start van de uitvoering van de brede
     * intake"; seed 004 stap 3: "De werkcoach begint al met de brede intake wanneer hij/zij het driegesprek in het
     * kader van de warme overdracht voert"], while its clock still counts from the BRP registration [seed 004 §5:
     * "uiterlijk binnen 4 weken na inschrijving in de BRP een brede intake, indien mogelijk al op het AZC"]. Until
     * the BRP date is known the clock waits; DUO's notice alone does not start the PIP clock early.
     */
    PIP("PIP vastgesteld", List.of("BRP_REGISTERED", "DUO_NOTICE"), false, false, null, "OBLIGATION_STARTED", List.of(),
            "BRP_REGISTERED", "PIP_ISSUED"),
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
    /**
     * After-care aimed at work until some years after housing [seed 004, stap 5: "De statushouder blijft in
     * Het Hogeland tot vijf jaar na huisvesting statushouder"; "gedurende 5 jaar na het moment van huisvesting"].
     * Counts from the housing allocated in the warme overdracht; a case without it (a nareiziger joining a
     * household already housed, a statushouder who moved in) counts from the BRP registration, the day the
     * person is housed here.
     */
    NAZORG("Nazorg afgerond", List.of("HOUSING_ALLOCATED"), false, false, null, null, List.of("BRP_REGISTERED"));

    private final String label;
    private final List<String> legalCountsFrom;
    private final boolean recurring;
    private final boolean countsStartDay;
    private final String extendedBy;
    private final String notBefore;
    private final List<String> fallbackCountsFrom;
    private final String waitsFor;
    private final String doneBy;

    Norm(String label, List<String> legalCountsFrom) {
        this(label, legalCountsFrom, false, false, null);
    }

    Norm(String label, List<String> legalCountsFrom, boolean recurring, boolean countsStartDay, String extendedBy) {
        this(label, legalCountsFrom, recurring, countsStartDay, extendedBy, null, List.of());
    }

    Norm(String label, List<String> legalCountsFrom, boolean recurring, boolean countsStartDay, String extendedBy,
            String notBefore, List<String> fallbackCountsFrom) {
        this(label, legalCountsFrom, recurring, countsStartDay, extendedBy, notBefore, fallbackCountsFrom, null, null);
    }

    Norm(String label, List<String> legalCountsFrom, boolean recurring, boolean countsStartDay, String extendedBy,
            String notBefore, List<String> fallbackCountsFrom, String waitsFor, String doneBy) {
        this.label = label;
        this.legalCountsFrom = legalCountsFrom;
        this.recurring = recurring;
        this.countsStartDay = countsStartDay;
        this.extendedBy = extendedBy;
        this.notBefore = notBefore;
        this.fallbackCountsFrom = fallbackCountsFrom;
        this.waitsFor = waitsFor;
        this.doneBy = doneBy;
    }

    /**
     * The key date (milestone name) without which the clock does not start, whatever else is known, or null: the
     * BRP registration for intake and PIP, whose work may start before it (at the driegesprek).
     */
    public String waitsFor() {
        return waitsFor;
    }

    /**
     * The milestone that records the work the norm guards as done (with the date of the work), or null: work done
     * before the clock could start meets the norm in time once the clock's key date is known.
     */
    public String doneBy() {
        return doneBy;
    }

    /**
     * The key date (milestone name) no clock of the norm starts before, whatever the gemeente counts from, or
     * null: the start of the obligation for intake and PIP.
     */
    public String notBefore() {
        return notBefore;
    }

    /** The key dates (milestone names) the norm counts from when none of those it counts from is known. */
    public List<String> fallbackCountsFrom() {
        return fallbackCountsFrom;
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
