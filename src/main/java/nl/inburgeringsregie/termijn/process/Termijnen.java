package nl.inburgeringsregie.termijn.process;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.termijn.KeyDateChanges;
import nl.inburgeringsregie.termijn.NormClocks;

/**
 * The bean behind the one clock pattern every norm uses in the models ({@code ${termijnen...}}): a
 * scope guarded by a norm has two non-interrupting timer event subprocesses, a reminder for the
 * consulent at {@code herinnering(execution, 'NORM')} and, at {@code verlopen(execution, 'NORM')}, a
 * breach record ({@code overschreden}) and an escalation task for the coordinators. The scope ends
 * with {@code gehaald}, which cancels both by ending the scope and meets the norm on the date of the work (the
 * variable the model names) or, without one, on the day the scope ends. The dates come from the case's
 * deadline record, so a later key date moves the timers ({@code sleutelDatumVastgelegd}).
 * The rules are {@link NormClocks}' and {@link KeyDateChanges}'.
 */
@ProcessBean("termijnen")
public class Termijnen {

    private final NormClocks clocks;
    private final KeyDateChanges keyDates;
    private final IdentityService identityService;

    Termijnen(NormClocks clocks, KeyDateChanges keyDates, IdentityService identityService) {
        this.clocks = clocks;
        this.keyDates = keyDates;
        this.identityService = identityService;
    }

    /** When the consulent is reminded; opens the deadline when its clock was not running yet. */
    public Date herinnering(DelegateExecution execution, String norm) {
        return Date.from(clocks.reminderAt(execution.getProcessBusinessKey(), norm));
    }

    /** When the norm is breached: the end of the due day. Opens the deadline when needed. */
    public Date verlopen(DelegateExecution execution, String norm) {
        return Date.from(clocks.breachedAt(execution.getProcessBusinessKey(), norm));
    }

    /** A monthly cycle over the period of the norm (ISO 8601 repetition), see {@link NormClocks#monthlyCycle}. */
    public String maandelijks(DelegateExecution execution, String norm) {
        return clocks.monthlyCycle(execution.getProcessBusinessKey(), norm);
    }

    /** Records the breach of the running deadline (what, when; how late follows when it is met). */
    public void overschreden(DelegateExecution execution, String norm) {
        clocks.breached(execution.getProcessBusinessKey(), norm);
    }

    /** The work the norm guards is done, on the day the scope ends: the deadline is met (late, if it was breached). */
    public void gehaald(DelegateExecution execution, String norm) {
        clocks.met(execution.getProcessBusinessKey(), norm);
    }

    /**
     * The work the norm guards is done, on the date the form variable {@code datumVariabele} holds (the PIP's
     * dagtekening, the day the talk was held): the deadline is met on that date, in time when it is not after the
     * due day, whenever it is entered.
     */
    public void gehaald(DelegateExecution execution, String norm, String datumVariabele) {
        FormErrors.check(() -> clocks.met(execution.getProcessBusinessKey(), norm,
                FormErrors.text(execution, datumVariabele), datumVariabele));
    }

    /** A listener on the escalation task: records what the coordinator did about the breach. */
    public CaseStep maatregel(String norm) {
        return execution -> FormErrors.check(() -> clocks.escalationAction(execution.getProcessBusinessKey(), norm,
                FormErrors.text(execution, "escalatieMaatregel"), FormErrors.text(execution, "escalatieToelichting"),
                FormErrors.currentUser(identityService)));
    }

    /** The Dutch name of the norm, for the reminder and escalation forms. */
    public String naam(String norm) {
        return clocks.label(norm);
    }

    /** The due date of the latest deadline of the norm as dd-mm-jjjj, for the forms. */
    public String vervaldatum(DelegateExecution execution, String norm) {
        return clocks.dueDate(execution.getProcessBusinessKey(), norm);
    }

    /** The consulent of the case, for the escalation form. */
    public String consulent(DelegateExecution execution) {
        return clocks.consulent(execution.getProcessBusinessKey());
    }

    /**
     * A listener after a task recorded a key date (the BRP registration): clocks that waited for it start (the
     * brede intake that began at the driegesprek), running ones move; work done before it meets its norm in time.
     */
    public CaseStep sleutelDatumVastgelegd() {
        return execution -> keyDates.keyDateRecorded(execution.getProcessBusinessKey());
    }

    /**
     * A key date arrived from outside (DUO's notice SS139, in variable {@code duoMeldingDatum}): record
     * it, count the running deadlines of the case again and move their timers.
     */
    public void duoMelding(DelegateExecution execution) {
        keyDates.duoNotice(execution.getProcessBusinessKey(), FormErrors.text(execution, "duoMeldingDatum"),
                FormErrors.currentUser(identityService));
    }

    /**
     * DUO extended the term (SS103 ex officio, SS104 on request; message {@code DuoTermijnVerlengd} with
     * {@code termijnEinddatum}): the new last day is a key date of the term's deadline, which moves its
     * timers like any other key date.
     */
    public void verlengd(DelegateExecution execution) {
        keyDates.termExtended(execution.getProcessBusinessKey(), String.valueOf(execution.getVariable("duoGebeurtenis")),
                FormErrors.text(execution, "termijnEinddatum"));
    }
}
