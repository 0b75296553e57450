package nl.inburgeringsregie.models.gate;

import java.util.ArrayList;
import java.util.List;

import nl.inburgeringsregie.models.ModelFinding;

/** Collects the findings of the rules, in the order they are found. */
final class Findings {

    private final List<ModelFinding> found = new ArrayList<>();

    void add(String file, String element, String message) {
        found.add(new ModelFinding(file, element, message));
    }

    List<ModelFinding> list() {
        return List.copyOf(found);
    }
}
