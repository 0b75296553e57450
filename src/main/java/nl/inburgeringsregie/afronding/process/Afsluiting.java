package nl.inburgeringsregie.afronding.process;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.afronding.Outflow;
import nl.inburgeringsregie.afronding.OutflowService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.termijn.DeadlineService;
import nl.inburgeringsregie.gemeente.Norm;

/**
 * The bean behind DUO's decisions and the end of a case ({@code ${afsluiting...}}): the obligation met
 * (SS106–SS108) leads to completion and after-care; ended otherwise (SS109–SS111) or a move away closes
 * the case with its reason. Every clock still running stops; what was recorded stays.
 */
@ProcessBean("afsluiting")
public class Afsluiting {

    private final CaseFileService caseFile;
    private final DeadlineService deadlines;
    private final OutflowService outflow;
    private final IdentityService identityService;
    private final java.time.Clock clock;

    Afsluiting(CaseFileService caseFile, DeadlineService deadlines, OutflowService outflow,
            IdentityService identityService, java.time.Clock clock) {
        this.clock = clock;
        this.caseFile = caseFile;
        this.deadlines = deadlines;
        this.outflow = outflow;
        this.identityService = identityService;
    }

    /**
     * DUO decided the obligation is met (message {@code DuoInburgeringsplichtNagekomen}, variables
     * {@code duoGebeurtenis} SS106/SS107/SS108 and {@code duoBesluitDatum}): the term is met, the other
     * clocks stop, and the case goes on to completion.
     */
    public void nagekomen(DelegateExecution execution) {
        ClosureReason reason = reason(execution, true);
        String caseNumber = execution.getProcessBusinessKey();
        caseFile.recordMilestone(caseNumber, Milestone.OBLIGATION_MET, decisionDate(execution),
                reason.label() + " (" + execution.getVariable("duoGebeurtenis") + ")", null);
        deadlines.meet(caseNumber, Norm.INBURGERINGSTERMIJN);
        deadlines.cancelOpen(caseNumber);
        caseFile.changePhase(caseNumber, CasePhase.AFRONDEN);
        execution.setVariable("sluitReden", reason.name());
    }

    /** DUO ended the obligation otherwise (message {@code DuoInburgeringsplichtBeeindigd}, SS109–SS111). */
    public void beeindigd(DelegateExecution execution) {
        ClosureReason reason = reason(execution, false);
        String caseNumber = execution.getProcessBusinessKey();
        caseFile.recordMilestone(caseNumber, Milestone.OBLIGATION_ENDED, decisionDate(execution),
                reason.label() + " (" + execution.getVariable("duoGebeurtenis") + ")", null);
        deadlines.cancelOpen(caseNumber);
        caseFile.close(caseNumber, reason, "Besluit DUO " + execution.getVariable("duoGebeurtenis"));
    }

    /** On leaving "Zaak overdragen aan de nieuwe gemeente": the handover is recorded and the case closed. */
    public CaseStep verhuisd() {
        return execution -> FormErrors.check(() -> {
            String caseNumber = execution.getProcessBusinessKey();
            String newGemeente = FormErrors.text(execution, "nieuweGemeente");
            if (newGemeente == null || !newGemeente.matches("GM\\d{4}")) {
                throw nl.inburgeringsregie.shared.InvalidInputException.of("nieuweGemeente",
                        "Vul de nieuwe gemeente in als CBS-code, bijvoorbeeld GM0363");
            }
            String note = FormErrors.text(execution, "overdrachtNotitie");
            caseFile.recordMilestone(caseNumber, Milestone.MOVED_AWAY,
                    FormErrors.text(execution, "verhuisdatum"), "Naar " + newGemeente, user());
            caseFile.recordReport(caseNumber, "OVERDRACHT_NIEUWE_GEMEENTE",
                    FormErrors.text(execution, "verhuisdatum"),
                    java.util.Map.of("nieuweGemeente", newGemeente, "overdrachtNotitie", note == null ? "" : note), user());
            deadlines.cancelOpen(caseNumber);
            caseFile.close(caseNumber, ClosureReason.VERHUISD, "Naar " + newGemeente);
        }, "verhuisdatum");
    }

    /** On leaving "Inburgering afronden": where the inburgeraar goes at completion. */
    public CaseStep afgerond() {
        return outflowRecorded(Outflow.Moment.AFRONDING, Milestone.COMPLETED);
    }

    /** On leaving "Nazorg afronden": where the inburgeraar is at the end of after-care. */
    public CaseStep nazorgAfgerond() {
        return outflowRecorded(Outflow.Moment.EINDE_NAZORG, Milestone.AFTERCARE_ENDED);
    }

    private CaseStep outflowRecorded(Outflow.Moment moment, Milestone milestone) {
        return execution -> FormErrors.check(() -> {
            outflow.record(execution.getProcessBusinessKey(), moment, FormErrors.text(execution, "uitstroom"),
                    FormErrors.text(execution, "uitstroomToelichting"), user());
            caseFile.recordMilestone(execution.getProcessBusinessKey(), milestone, null, null, user());
        });
    }

    /**
     * Whether after-care still has time to run: its end (the gemeente's NAZORG norm, counted from the BRP
     * registration) lies ahead. If not, its clock stops at once.
     */
    public boolean nazorgLoopt(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        if (deadlines.open(caseNumber, Norm.NAZORG).dueOn().isAfter(java.time.LocalDate.now(clock))) {
            caseFile.changePhase(caseNumber, CasePhase.NAZORG);
            return true;
        }
        deadlines.cancelOpen(caseNumber);
        return false;
    }

    /** The end of the case after completion (and after-care): closed with DUO's reason. */
    public void sluiten(DelegateExecution execution) {
        caseFile.close(execution.getProcessBusinessKey(),
                ClosureReason.valueOf(FormErrors.text(execution, "sluitReden")), "Inburgering afgerond");
    }

    private static ClosureReason reason(DelegateExecution execution, boolean met) {
        String event = FormErrors.text(execution, "duoGebeurtenis");
        ClosureReason reason = ClosureReason.ofDuoEvent(event).orElseThrow(() -> new IllegalArgumentException(
                "DUO-gebeurtenis " + event + " beëindigt de inburgeringsplicht niet"));
        if (reason.isObligationMet() != met) {
            throw new IllegalArgumentException("DUO-gebeurtenis " + event + (met
                    ? " betekent niet dat de inburgeringsplicht is nagekomen" : " betekent dat de plicht is nagekomen"));
        }
        return reason;
    }

    private String decisionDate(DelegateExecution execution) {
        String date = FormErrors.text(execution, "duoBesluitDatum");
        return date == null || date.isBlank() ? java.time.LocalDate.now(clock).toString() : date;
    }

    private String user() {
        return FormErrors.currentUser(identityService);
    }
}
