package nl.inburgeringsregie.models.migration;

import java.util.List;

/** Camunda refuses the migration plan (HTTP 422): what is wrong with which coupling, in Dutch. */
public class MigrationPlanRefusedException extends RuntimeException {

    private final transient List<String> reasons;

    MigrationPlanRefusedException(List<String> reasons) {
        super("Het migratieplan is ongeldig: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
