package nl.inburgeringsregie.regie;

import java.time.OffsetDateTime;
import java.util.List;

/** The user tasks of one case, open and done, as the process engine knows them (port; see engine). */
public interface CaseTasks {

    /** A user task: its name, who has or had it, when it started and ended, and its Tasklist link. */
    record Taak(String id, String naam, String toegewezenAan, String groep, OffsetDateTime aangemaakt,
            OffsetDateTime afgerond, OffsetDateTime vervaldatum, String tasklistLink) {
    }

    List<Taak> open(String caseNumber);

    List<Taak> done(String caseNumber);
}
