package nl.inburgeringsregie.casefile;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("Zaak " + caseNumber + " bestaat niet");
    }
}
