package nl.inburgeringsregie.contactpersoon.process;

/** The one variable of model {@code duo-bericht}: the id of the message's row; never a BSN or other personal data. */
public final class DuoBerichtVariables {

    /** The id of the row of {@code contact_person_message} the step delivers. */
    public static final String VAR_BERICHT_ID = "contactpersoonBerichtId";

    private DuoBerichtVariables() {
    }
}
