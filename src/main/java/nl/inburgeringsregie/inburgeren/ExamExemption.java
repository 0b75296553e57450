package nl.inburgeringsregie.inburgeren;

import java.time.LocalDate;

/**
 * An exam part DUO exempted the inburgeraar from, read after DUO's SS117 "Verzoek gedeeltelijke vrijstelling
 * toegekend" (Vrijstelling API, {@code GedeeltelijkeVrijstelling}: examenonderdeel LE/LU/SC/SP with an examenniveau A2
 * or B1) or SS119 "Verzoek gedeeltelijke ontheffing toegekend" (Ontheffing API, {@code GedeeltelijkeOntheffing}:
 * examenonderdeel KNM/LE/LU/SC/SP, grond BIO or MED) [DUO Gebeurtenissen.md, "Verzoeken inburgeraar"].
 *
 * @param niveau the level the vrijstelling stands for (A2 or B1; DUO: "Gedeeltelijke vrijstellingen zijn gekoppeld
 *               aan een minimale taalbeheersing op A2 of B1 niveau"); none for an ontheffing
 * @param ground DUO's reden (vrijstelling) or grond (ontheffing) code
 */
public record ExamExemption(ExamPart part, Kind kind, String niveau, LocalDate decidedOn, String ground) {

    /** Vrijstelling (the level is shown otherwise) or ontheffing (the part is dispensed). */
    public enum Kind {
        VRIJSTELLING("vrijstelling"),
        ONTHEFFING("ontheffing");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Whether the exemption takes the part out of the parts to pass at the level the PIP in force requires. An
     * ontheffing dispenses the part whatever the level (Ontheffing API: "De examenonderdelen van het inburgeringsexamen
     * waarvoor ontheffing kan worden aangevraagd"). A vrijstelling stands for a level (Vrijstelling API,
     * ExamenniveauGedeeltelijkeVrijstelling: A2 or B1): it covers a part required at that level or lower, so an A2
     * vrijstelling covers a part scaled down to A2 but not one still required at B1 (choice, docs/consulent.md).
     */
    public boolean covers(String requiredLevel) {
        if (kind == Kind.ONTHEFFING || niveau == null || !part.isLanguage()) {
            return true;
        }
        return niveau.compareTo(requiredLevel) >= 0;
    }

    /** How the consulent reads it: "Lezen (LE): vrijstelling op B1". */
    public String text() {
        return part.label() + " (" + part.name() + "): " + kind.label() + (niveau == null ? "" : " op " + niveau);
    }
}
