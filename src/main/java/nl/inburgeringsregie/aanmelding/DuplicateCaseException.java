package nl.inburgeringsregie.aanmelding;

import java.util.Optional;

/**
 * The person already has an open case; the aanmelding is refused (one open case per person). The case is named
 * only to whom may see it: a case of a gemeente the requester does not work for is not named, so the refusal
 * does not tell another gemeente's case number for a BSN (probe of issue 16).
 */
public class DuplicateCaseException extends RuntimeException {

    private final String caseNumber;
    private final boolean visible;

    public DuplicateCaseException(String caseNumber, boolean visibleToRequester) {
        super(visibleToRequester ? "Deze persoon heeft al een lopende zaak: " + caseNumber
                : "Deze persoon heeft al een lopende zaak in een andere gemeente; die gemeente sluit haar zaak bij de "
                        + "verhuizing af");
        this.caseNumber = caseNumber;
        this.visible = visibleToRequester;
    }

    /** The open case, when the requester may see it. */
    public Optional<String> visibleCaseNumber() {
        return visible ? Optional.of(caseNumber) : Optional.empty();
    }
}
