package nl.inburgeringsregie.aanmelding;

/** The requester does not work for the gemeente of the aanmelding. */
public class GemeenteNotAllowedException extends RuntimeException {

    public GemeenteNotAllowedException(String gemeenteCode) {
        super("U bent niet bevoegd om aanmeldingen voor gemeente " + gemeenteCode + " te doen");
    }
}
