package nl.inburgeringsregie.shared;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("Zaak " + caseNumber + " bestaat niet");
    }
}
