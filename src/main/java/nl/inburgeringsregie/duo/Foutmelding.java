package nl.inburgeringsregie.duo;

/** DUO's schema Foutmelding: the explanation of a refusal, at most 200 characters (the specification's maxLength). */
public record Foutmelding(String fouttekst) {

    static final int MAX_LENGTH = 200;

    /** The reason, shortened with "..." when it is longer than the specification allows. */
    public static Foutmelding of(String reason) {
        return new Foutmelding(reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH - 3) + "...");
    }
}
