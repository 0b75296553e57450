package nl.inburgeringsregie.models.migration;

import java.util.List;

/**
 * A migration the analist asks for: the running instances of one process from one version to another (the
 * newest when {@code naarVersie} is empty). Activities with the same id are coupled by themselves;
 * {@code instructies} couples others (a renamed step) or overrides. With {@code gebeurtenissenBijwerken}
 * the timers, messages and signals of coupled events take the new version's definition (a timer's date is
 * computed again); without, they keep what they had.
 */
public record MigrationRequest(String proces, Integer vanVersie, Integer naarVersie, List<Instructie> instructies,
        Boolean gebeurtenissenBijwerken) {

    /** Couple the activity {@code van} of the old version to {@code naar} of the new one. */
    public record Instructie(String van, String naar) {
    }

    public List<Instructie> explicitInstructions() {
        return instructies == null ? List.of() : instructies;
    }

    public boolean updateEventTriggers() {
        return Boolean.TRUE.equals(gebeurtenissenBijwerken);
    }
}
