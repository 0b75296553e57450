package nl.inburgeringsregie.pip;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.CaseStateException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FieldRules;

/**
 * A change of the PIP can be asked for at any moment while the inburgering runs (issue 4, item 4): from a
 * progress talk, or in between by the consulent. One change runs at a time; the request is kept in the
 * case file with its reason and who asked.
 */
@Service
public class PipChangeRequests {

    static final String REPORT_KIND = "PIP_WIJZIGING_GEVRAAGD";

    private final PipService pips;
    private final PipChangeWorkflow workflow;
    private final CaseFileService caseFile;

    PipChangeRequests(PipService pips, PipChangeWorkflow workflow, CaseFileService caseFile) {
        this.pips = pips;
        this.workflow = workflow;
        this.caseFile = caseFile;
    }

    /**
     * Starts a change of the PIP in force.
     *
     * @throws nl.inburgeringsregie.shared.InvalidInputException without a reason
     * @throws CaseStateException without a PIP in force, outside schakel 4, or while a change is under way
     */
    @Transactional
    public void request(String caseNumber, String reason, String requestedBy) {
        if (!requestUnlessUnderWay(caseNumber, reason, requestedBy)) {
            throw new CaseStateException("Er loopt al een wijziging van het PIP van deze zaak; rond die eerst af");
        }
    }

    /** As {@link #request}, but a change already under way is enough: then nothing new starts (false). */
    @Transactional
    public boolean requestUnlessUnderWay(String caseNumber, String reason, String requestedBy) {
        String checked = FieldRules.requiredText(reason, "aanleiding", "Schrijf op waarom het PIP moet worden gewijzigd",
                PipRules.MAX_TEXT);
        caseFile.ongoingSuspension(caseNumber).ifPresent(suspension -> {
            // a suspended case's processes take no messages (DUO SS109, Gebeurtenissen.md "Intrekken Inburgeringsplicht")
            throw new CaseStateException("De zaak is opgeschort door een tijdelijke vrijstelling (sinds "
                    + nl.inburgeringsregie.shared.DutchDate.format(suspension.startsOn())
                    + "); het PIP kan weer worden gewijzigd als DUO de inburgeringsplicht hervat");
        });
        if (pips.inForce(caseNumber).isEmpty()) {
            throw new CaseStateException("Deze zaak heeft geen vastgesteld PIP; wijzigen kan pas als het PIP van kracht is");
        }
        if (workflow.changeUnderWay(caseNumber)) {
            return false;
        }
        workflow.startChange(caseNumber, checked);
        caseFile.recordReport(caseNumber, REPORT_KIND, null, Map.of("aanleiding", checked), requestedBy);
        return true;
    }
}
