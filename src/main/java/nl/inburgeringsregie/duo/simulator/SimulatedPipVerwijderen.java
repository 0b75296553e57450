package nl.inburgeringsregie.duo.simulator;

import java.util.ArrayList;
import java.util.List;

import nl.inburgeringsregie.duo.Foutmelding;

/**
 * The simulated {@code DELETE /personen/{bsn}/PIP} (PIP API openapi.yml, deletePipByBsn: "Verwijderen van het actuele
 * PIP voor een persoon"; 200 without a body, 403 with an array of Foutmelding, 404 without a body). DUO's conditions
 * (README "Het verwijderen van een PIP"), refused as DUO refuses (PIP CHANGELOG 1.2.0: "Foutmeldingen worden nu
 * teruggeven als een HTTP403"):
 * <ul>
 * <li>"De inburgeringstermijn is nog niet is vastgesteld": refused when DUO has a term for the person;</li>
 * <li>"Er zijn nog geen cursusdeelnameuren gerelateerd aan het actuele inburgeringsaanbod geregistreerd": refused when
 * the person has an inburgeringsaanbod and a gemeente registered taalles or participation hours (the simulator's
 * reading: DUO's hours name no aanbod, so any hours while an aanbod stands count);</li>
 * <li>the simulator's own choice (the file's 403 is "Niet geautoriseerd"): only the gemeente that delivered the PIP
 * removes it.</li>
 * </ul>
 * A person without a PIP is 404. Removing the PIP leaves the rest of the person as it is.
 */
final class SimulatedPipVerwijderen {

    private SimulatedPipVerwijderen() {
    }

    static SimulatedDuo.Answer handle(SimulatedDuo duo, SimulatedDuo.Person person, String bronGemeente) {
        synchronized (person) {
            if (person.pip == null) {
                return new SimulatedDuo.Answer(404, null);
            }
            List<String> refusals = refusals(person, bronGemeente);
            if (!refusals.isEmpty()) {
                return new SimulatedDuo.Answer(SimulatedDuo.REFUSED,
                        duo.write(refusals.stream().map(Foutmelding::of).toList()));
            }
            person.pip = null;
            person.pipGemeente = null;
            person.eerstePipOntvangenOp = null;
            person.eerstePipDagtekening = null;
            return new SimulatedDuo.Answer(200, null);
        }
    }

    private static List<String> refusals(SimulatedDuo.Person person, String bronGemeente) {
        var refusals = new ArrayList<String>();
        if (person.pipGemeente != null && !person.pipGemeente.equals(bronGemeente)) {
            refusals.add("Het PIP is aangeleverd door een andere gemeente.");
            return refusals;
        }
        if (person.termijnStart != null) {
            refusals.add("De inburgeringstermijn is al vastgesteld; het PIP kan niet meer worden verwijderd.");
        }
        boolean hours = person.uren.values().stream().anyMatch(uren -> positive(uren.taalles) || positive(uren.participatie));
        if (!SimulatedAanbod.of(person).isEmpty() && hours) {
            refusals.add("Er zijn al cursusdeelnameuren bij het actuele inburgeringsaanbod geregistreerd; het PIP kan "
                    + "niet meer worden verwijderd.");
        }
        return refusals;
    }

    private static boolean positive(Integer hours) {
        return hours != null && hours > 0;
    }
}
