package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.duo.DuoApi.GedeeltelijkeVrijstelling;
import nl.inburgeringsregie.duo.NotificatieRouting.Notificatie;
import nl.inburgeringsregie.duo.NotificatieRouting.Outcome;
import nl.inburgeringsregie.inburgeren.ExamExemption;
import nl.inburgeringsregie.inburgeren.ExamPart;
import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * DUO's SS117 "Verzoek gedeeltelijke vrijstelling toegekend" (relevant: Vrijstelling API, Examenresultaten) and SS119
 * "Verzoek gedeeltelijke ontheffing toegekend" (Ontheffing API, Examenresultaten) [DUO Gebeurtenissen.md, "Verzoeken
 * inburgeraar"]: the signalling pattern reads which exam parts DUO exempted, records them on the case, and from then
 * on those parts are no longer to pass ({@link ExamService#partsToPass}) [issue 18, error 15]. DUO's other decisions
 * in the same reads (gehele/tijdelijke vrijstelling, gehele ontheffing) have their own events (SS107, SS108, SS109).
 */
@Service
public class PartialExemptions {

    private final DuoReads duo;
    private final ExamService exams;
    private final CaseFileService caseFile;
    private final CaseMessages messages;

    PartialExemptions(DuoReads duo, ExamService exams, CaseFileService caseFile, CaseMessages messages) {
        this.duo = duo;
        this.exams = exams;
        this.caseFile = caseFile;
        this.messages = messages;
    }

    /** Reads DUO's granted partial exemptions and records those new to the case. */
    public Outcome granted(Notificatie notification, IntegrationCase aCase) {
        List<GedeeltelijkeVrijstelling> decisions = new ArrayList<>();
        decisions.addAll(duo.gedeeltelijkeVrijstellingen(notification.bsn(), notification.bron()));
        decisions.addAll(duo.gedeeltelijkeOntheffingen(notification.bsn(), notification.bron()));
        List<ExamExemption> granted = decisions.stream().map(PartialExemptions::exemption)
                .flatMap(Optional::stream).toList();
        if (granted.isEmpty()) {
            return Outcome.signal("DUO meldt een " + (notification.event() == DuoGebeurtenis.SS119 ? "gedeeltelijke ontheffing"
                    : "gedeeltelijke vrijstelling") + ", maar geeft geen toegekend examenonderdeel; beoordeel de melding.");
        }
        List<ExamExemption> news = exams.recordExemptions(aCase.caseNumber(), granted);
        if (news.isEmpty()) {
            return Outcome.processed("Geen nieuwe vrijstellingen of ontheffingen van examenonderdelen.");
        }
        String text = "Niet meer te behalen: " + String.join("; ", exams.exemptionsOf(aCase.caseNumber()).stream()
                .map(ExamExemption::text).toList());
        LocalDate decided = news.stream().map(ExamExemption::decidedOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(notification.registered());
        caseFile.recordMilestone(aCase.caseNumber(), Milestone.EXAM_PARTS_EXEMPTED, decided.toString(), text, null);
        // a B1-route waiting for exam results checks again whether every part still to pass is passed
        messages.deliver(aCase.caseNumber(), CaseMessages.Kind.PARTS_EXEMPTED, java.util.Map.of());
        return Outcome.processed(text);
    }

    /** DUO's decision as an exempted part; a code this application does not know is left out. */
    static Optional<ExamExemption> exemption(GedeeltelijkeVrijstelling decision) {
        ExamPart part;
        try {
            part = ExamPart.valueOf(decision.examenonderdeel());
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        var kind = "Ontheffing".equals(decision.soort()) ? ExamExemption.Kind.ONTHEFFING : ExamExemption.Kind.VRIJSTELLING;
        return Optional.of(new ExamExemption(part, kind, kind == ExamExemption.Kind.VRIJSTELLING
                ? decision.examenniveau() : null, decision.datumOordeel(), decision.grond()));
    }
}
