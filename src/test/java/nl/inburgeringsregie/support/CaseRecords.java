package nl.inburgeringsregie.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.zaak.CaseRepository;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.MilestoneRepository;
import nl.inburgeringsregie.zaak.RecordedMilestone;

/** What the application recorded of a case, as scenario tests check it: the case, key dates, outbox, household. */
public final class CaseRecords {

    private final CaseRepository cases;
    private final MilestoneRepository milestones;
    private final JdbcClient jdbc;

    public CaseRecords(CaseRepository cases, MilestoneRepository milestones, JdbcClient jdbc) {
        this.cases = cases;
        this.milestones = milestones;
        this.jdbc = jdbc;
    }

    public IntegrationCase caseOf(String caseNumber) {
        return cases.findByNumber(caseNumber).orElseThrow();
    }

    /** The key dates of the case by milestone. */
    public Map<Milestone, RecordedMilestone> milestones(String caseNumber) {
        var recorded = new EnumMap<Milestone, RecordedMilestone>(Milestone.class);
        milestones.findByCase(caseOf(caseNumber).id()).forEach(m -> recorded.put(m.milestone(), m));
        return recorded;
    }

    /** The bodies of the case's messages to DUO for the operation, oldest first. */
    public List<String> outbox(String caseNumber, String operation) {
        return jdbc.sql("SELECT body FROM outbound_message WHERE case_id = ? AND operation = ? ORDER BY id")
                .params(caseOf(caseNumber).id(), operation).query(String.class).list();
    }

    /** The contents of the case's reports of the kind (case file), oldest first. */
    public List<String> reports(String caseNumber, String kind) {
        return jdbc.sql("SELECT content FROM case_report WHERE case_id = ? AND kind = ? ORDER BY id")
                .params(caseOf(caseNumber).id(), kind).query(String.class).list();
    }

    public int outboxCount(String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE case_id = ?").param(caseOf(caseNumber).id())
                .query(Integer.class).single();
    }

    /** The household the case's person belongs to (null when none). */
    public Long householdOf(String caseNumber) {
        return jdbc.sql("SELECT p.household_id FROM person p JOIN integration_case c ON c.person_id = p.id "
                + "WHERE c.case_number = ?").param(caseNumber).query(Long.class).single();
    }
}
