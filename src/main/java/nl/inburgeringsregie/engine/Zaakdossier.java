package nl.inburgeringsregie.engine;

import java.text.SimpleDateFormat;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.casefile.CaseFileService;
import nl.inburgeringsregie.casefile.CasePhase;
import nl.inburgeringsregie.casefile.InvalidInputException;
import nl.inburgeringsregie.casefile.Milestone;

/**
 * The bean the models call as {@code ${zaakdossier...}} to keep the case file up to date:
 * {@code mijlpaal(...)} records a key date, {@code fase(...)} the phase. Invalid input from a form
 * becomes a {@link BadUserRequestException}, which Tasklist shows and REST answers with 400; the task
 * then stays open and nothing is written.
 */
@Component("zaakdossier")
public class Zaakdossier {

    private final CaseFileService caseFile;
    private final IdentityService identityService;

    Zaakdossier(CaseFileService caseFile, IdentityService identityService) {
        this.caseFile = caseFile;
        this.identityService = identityService;
    }

    public void mijlpaal(String caseNumber, String milestone, Object date, Object note) {
        try {
            caseFile.recordMilestone(caseNumber, Milestone.valueOf(milestone), dateText(date),
                    note == null ? null : note.toString(), currentUser());
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.getMessage());
        }
    }

    public void fase(String caseNumber, String phase) {
        caseFile.changePhase(caseNumber, CasePhase.valueOf(phase));
    }

    private static String dateText(Object date) {
        if (date instanceof Date javaDate) {
            return new SimpleDateFormat("yyyy-MM-dd").format(javaDate);
        }
        return date == null ? null : date.toString();
    }

    private String currentUser() {
        var authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
