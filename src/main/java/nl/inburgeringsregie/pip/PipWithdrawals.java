package nl.inburgeringsregie.pip;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.CaseStateException;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.termijn.DeadlineService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FieldRules;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.LeerrouteAndTermService;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * A coordinator withdraws the case's PIP when the decision is revoked (issue 20, point 6; the PIP is a beschikking of
 * the college, Wet inburgering 2021 art. 15, so a bezwaar can revoke it). DUO removes a PIP only while it has not set
 * the inburgeringstermijn and no course hours are registered with the current inburgeringsaanbod (duo-m2m/README.md,
 * "Het verwijderen van een PIP"); those rules are checked here, with DUO's own answer ({@link PipRemovalAtDuo}), before
 * anything is written. Choices where the sources are silent (docs/duo-uitwisseling.md):
 * <ul>
 * <li>only the case's first and only approved PIP is withdrawn: DUO removes "het actuele PIP", and a changed PIP whose
 * decision is revoked is undone by a new change, which restores the plan before it;</li>
 * <li>a PIP taken over from the previous gemeente (SS121) is not this gemeente's to withdraw;</li>
 * <li>the withdrawn PIP no longer counts (a revoked decision counts as never taken): the leerroute, the term it started
 * (art. 11) and its key dates go, the PIP norm runs again from its own due date, and the next approved PIP is the first
 * again.</li>
 * </ul>
 */
@Service
public class PipWithdrawals {

    private final CaseFileService caseFile;
    private final PipRepository pips;
    private final PipChangeWorkflow changes;
    private final PipWithdrawalWorkflow workflow;
    private final PipRemovalAtDuo duo;
    private final LeerrouteAndTermService leerrouteAndTerm;
    private final DeadlineService deadlines;
    private final Clock clock;

    PipWithdrawals(CaseFileService caseFile, PipRepository pips, PipChangeWorkflow changes,
            PipWithdrawalWorkflow workflow, PipRemovalAtDuo duo, LeerrouteAndTermService leerrouteAndTerm,
            DeadlineService deadlines, Clock clock) {
        this.caseFile = caseFile;
        this.pips = pips;
        this.changes = changes;
        this.workflow = workflow;
        this.duo = duo;
        this.leerrouteAndTerm = leerrouteAndTerm;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Withdraws the PIP in force.
     *
     * @throws nl.inburgeringsregie.shared.InvalidInputException without a reason (field {@code reden})
     * @throws CaseStateException when the PIP cannot be withdrawn, with the reason in Dutch; nothing is written then
     */
    @Transactional
    public Pip withdraw(String caseNumber, String reason, String withdrawnBy) {
        String checked = FieldRules.requiredText(reason, "reden",
                "Schrijf op waarom het PIP wordt ingetrokken (bijvoorbeeld het besluit op bezwaar)", PipRules.MAX_TEXT);
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Pip pip = withdrawable(aCase);
        duo.refusal(caseNumber).ifPresent(refusal -> {
            throw new CaseStateException(refusal);
        });
        if (!pips.withdraw(pip, withdrawnBy, OffsetDateTime.now(clock), checked)) {
            throw new CaseStateException("Het PIP is intussen gewijzigd; laad de zaak opnieuw");
        }
        String note = "Versie " + pip.version() + " (dagtekening " + DutchDate.format(pip.dagtekening()) + ") ingetrokken: "
                + checked;
        leerrouteAndTerm.firstPipWithdrawn(aCase.id(), note.length() > PipRules.MAX_TEXT
                ? note.substring(0, PipRules.MAX_TEXT) : note, withdrawnBy);
        // the case shows at once where it stands: a new PIP is in preparation (the model says so again on its way there)
        caseFile.changePhase(caseNumber, nl.inburgeringsregie.zaak.CasePhase.PIP_IN_PREPARATION);
        deadlines.keyDatesWithdrawn(caseNumber, Set.of(Milestone.PIP_ISSUED.name(), Milestone.TERM_STARTED.name()));
        workflow.withdrawn(caseNumber, pip, checked);
        return pip;
    }

    /** The PIP that may be withdrawn, or the reason it may not, as a Dutch refusal. */
    private Pip withdrawable(IntegrationCase aCase) {
        if (!aCase.isOpen()) {
            throw new CaseStateException("De zaak is gesloten; het PIP kan niet meer worden ingetrokken");
        }
        caseFile.ongoingSuspension(aCase.caseNumber()).ifPresent(suspension -> {
            throw new CaseStateException("De zaak is opgeschort door een tijdelijke vrijstelling (sinds "
                    + DutchDate.format(suspension.startsOn()) + "); het PIP kan niet worden ingetrokken");
        });
        Pip pip = pips.findInForce(aCase.id()).orElseThrow(
                () -> new CaseStateException("Deze zaak heeft geen vastgesteld PIP om in te trekken"));
        if (pip.previousGemeente() != null) {
            throw new CaseStateException("Dit PIP is van de vorige gemeente (" + pip.previousGemeente()
                    + "); alleen die gemeente kan het intrekken");
        }
        if (pips.approvedCount(aCase.id()) > 1) {
            throw new CaseStateException("Dit PIP is een wijziging van een eerder PIP. Intrekken kan alleen bij het eerste "
                    + "PIP; herstel het eerdere plan met een nieuwe wijziging van het PIP");
        }
        if (changes.changeUnderWay(aCase.caseNumber())) {
            throw new CaseStateException("Er loopt een wijziging van het PIP; rond die eerst af");
        }
        if (!workflow.canWithdraw(aCase.caseNumber())) {
            throw new CaseStateException("Het PIP kan alleen worden ingetrokken zolang de inburgering op dit PIP loopt");
        }
        return pip;
    }
}
