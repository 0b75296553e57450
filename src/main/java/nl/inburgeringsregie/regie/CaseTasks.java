package nl.inburgeringsregie.regie;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.inburgeringsregie.shared.People;

/** The user tasks of one case, open and done, as the process engine knows them (port; see engine). */
public interface CaseTasks {

    /**
     * A user task: its name, who has or had it (user id and group id, with the names people read), when it
     * started and ended, and its Tasklist link.
     */
    record Taak(String id, String naam, String toegewezenAan, String toegewezenAanNaam, String groep,
            String groepNaam, OffsetDateTime aangemaakt, OffsetDateTime afgerond, OffsetDateTime vervaldatum,
            String tasklistLink) {

        /** A task as the engine knows it: ids only, the names come from {@link People}. */
        public Taak(String id, String naam, String toegewezenAan, String groep, OffsetDateTime aangemaakt,
                OffsetDateTime afgerond, OffsetDateTime vervaldatum, String tasklistLink) {
            this(id, naam, toegewezenAan, null, groep, null, aangemaakt, afgerond, vervaldatum, tasklistLink);
        }

        /** The same task with the names of its user and group. */
        Taak named(String userName, String groupName) {
            return new Taak(id, naam, toegewezenAan, userName, groep, groupName, aangemaakt, afgerond, vervaldatum,
                    tasklistLink);
        }
    }

    List<Taak> open(String caseNumber);

    /** The open tasks of many cases (a page of Mijn zaken) in a fixed number of queries, by case number. */
    Map<String, List<Taak>> open(Collection<String> caseNumbers);

    List<Taak> done(String caseNumber);
}
