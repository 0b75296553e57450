package nl.inburgeringsregie.models;

/**
 * One finding of the model quality gate: the file, the element (its id, or null for the whole file)
 * and what is wrong, in Dutch.
 */
public record ModelFinding(String bestand, String element, String melding) {

    @Override
    public String toString() {
        return bestand + (element == null ? "" : " / " + element) + ": " + melding;
    }
}
