package nl.inburgeringsregie.aanmelding;

/** The person already has an open case; the aanmelding is refused and names that case. */
public class DuplicateCaseException extends RuntimeException {

    private final String caseNumber;

    public DuplicateCaseException(String caseNumber) {
        super("Deze persoon heeft al een lopende zaak: " + caseNumber);
        this.caseNumber = caseNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
