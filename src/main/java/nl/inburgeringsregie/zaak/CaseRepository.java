package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CaseRepository {

    private static final String COLUMNS = "id, case_number, person_id, gemeente_code, doelgroep, koppeldatum, azc, "
            + "phase, opened_at, closed_at, process_instance_id, consulent, leerroute, term_starts_on, term_ends_on, closed_reason, nareiziger";

    private final JdbcClient jdbc;

    public CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String caseNumber, long personId, String gemeenteCode, Doelgroep doelgroep,
            LocalDate koppeldatum, String azc, boolean nareiziger, OffsetDateTime openedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO integration_case (case_number, person_id, gemeente_code, doelgroep, koppeldatum, azc,
                                              nareiziger, phase, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, personId, gemeenteCode, doelgroep.name(), koppeldatum, azc, nareiziger,
                        CasePhase.REGISTERED.name(), openedAt)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<IntegrationCase> findOpenByPerson(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_case WHERE person_id = ? AND closed_at IS NULL")
                .param(personId)
                .query(IntegrationCase.class)
                .optional();
    }

    public Optional<IntegrationCase> findByNumber(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_case WHERE case_number = ?")
                .param(caseNumber)
                .query(IntegrationCase.class)
                .optional();
    }

    public void linkProcessInstance(long caseId, String processInstanceId) {
        jdbc.sql("UPDATE integration_case SET process_instance_id = ? WHERE id = ?")
                .params(processInstanceId, caseId)
                .update();
    }

    public boolean updatePhase(String caseNumber, CasePhase phase) {
        return jdbc.sql("UPDATE integration_case SET phase = ? WHERE case_number = ?")
                .params(phase.name(), caseNumber)
                .update() == 1;
    }

    /** Makes the user the case's consulent unless it has one. Returns whether it changed. */
    public boolean assignConsulentIfNone(String caseNumber, String userId) {
        return jdbc.sql("UPDATE integration_case SET consulent = ? WHERE case_number = ? AND consulent IS NULL")
                .params(userId, caseNumber)
                .update() == 1;
    }

    /** Hands the case to another consulent (CaseReassignment). */
    public void changeConsulent(long caseId, String userId) {
        jdbc.sql("UPDATE integration_case SET consulent = ? WHERE id = ?").params(userId, caseId).update();
    }

    public void updateDoelgroep(long caseId, Doelgroep doelgroep) {
        jdbc.sql("UPDATE integration_case SET doelgroep = ? WHERE id = ?").params(doelgroep.name(), caseId).update();
    }

    public void updateLeerroute(long caseId, String leerroute) {
        jdbc.sql("UPDATE integration_case SET leerroute = ? WHERE id = ?").params(leerroute, caseId).update();
    }

    /** Closes the case: it leaves every work list; the record stays. */
    public boolean close(String caseNumber, ClosureReason reason, String note, OffsetDateTime closedAt) {
        return jdbc.sql("""
                UPDATE integration_case SET closed_at = ?, closed_reason = ?, closed_note = ?, phase = ?
                WHERE case_number = ? AND closed_at IS NULL""")
                .params(closedAt, reason.name(), note, CasePhase.CLOSED.name(), caseNumber).update() == 1;
    }

    public void updateTerm(long caseId, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("UPDATE integration_case SET term_starts_on = ?, term_ends_on = ? WHERE id = ?")
                .params(startsOn, endsOn, caseId).update();
    }
}
