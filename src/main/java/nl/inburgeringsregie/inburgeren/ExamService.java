package nl.inburgeringsregie.inburgeren;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FieldRules;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * Exam results of the B1-route: each part (reading, listening, writing, speaking at the level the PIP in
 * force requires, B1 or A2 for a part scaled down, and KNM), from DUO's SS199 or entered by the consulent.
 */
@Service
public class ExamService {

    static final Set<String> RESULTS = Set.of("Geslaagd", "Gezakt", "Geen");
    static final Set<String> LEVELS = Set.of("A2", "B1", "B2");

    private final CaseFileService caseFile;
    private final PipService pips;
    private final ExamRepository exams;
    private final ExamExemptionRepository exemptions;
    private final Clock clock;

    public ExamService(CaseFileService caseFile, PipService pips, ExamRepository exams,
            ExamExemptionRepository exemptions, Clock clock) {
        this.caseFile = caseFile;
        this.pips = pips;
        this.exams = exams;
        this.exemptions = exemptions;
        this.clock = clock;
    }

    /** Records a result after checking it; field names in errors are the form's. */
    @Transactional
    public ExamResult record(String caseNumber, String partCode, String niveau, String examDateText, String result,
            String source, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        ExamPart part = null;
        try {
            part = partCode == null ? null : ExamPart.valueOf(partCode);
        } catch (IllegalArgumentException e) {
            part = null;
        }
        if (part == null) {
            errors.put("examenOnderdeel", "Kies het examenonderdeel: LE, LU, SC, SP of KNM");
        } else if (part.isLanguage() && (niveau == null || !LEVELS.contains(niveau))) {
            errors.put("examenNiveau", "Kies het niveau van het examen: A2, B1 of B2");
        }
        if (result == null || !RESULTS.contains(result)) {
            errors.put("examenResultaat", "Kies de uitslag: Geslaagd, Gezakt of Geen");
        }
        LocalDate examDate = null;
        try {
            examDate = FieldRules.pastOrToday(examDateText, "examenDatum", "het examen", clock);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        exams.insert(aCase.id(), part, part.isLanguage() ? niveau : null, examDate, result, source, now(), by);
        List<ExamResult> all = exams.findByCase(aCase.id());
        return all.get(all.size() - 1);
    }

    /** Whether this result is on record already (DUO reports all results each time; record each once). */
    public boolean isRecorded(String caseNumber, String partCode, java.time.LocalDate examDate, String result) {
        return exams.findByCase(caseFile.caseOf(caseNumber).id()).stream().anyMatch(recorded ->
                recorded.part().name().equals(partCode) && recorded.examDate().equals(examDate)
                        && recorded.result().equals(result));
    }

    /**
     * The parts still to pass at the level the PIP in force requires; empty when all are passed. A part DUO exempted
     * (SS117 gedeeltelijke vrijstelling, SS119 gedeeltelijke ontheffing; {@link ExamExemption#covers}) is not to pass
     * [DUO Gebeurtenissen.md, "Verzoeken inburgeraar"; issue 18, error 15].
     */
    public Set<ExamPart> partsToPass(String caseNumber) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Pip pip = pips.inForce(caseNumber).orElse(null);
        Set<ExamPart> open = EnumSet.allOf(ExamPart.class);
        for (ExamResult result : exams.findByCase(aCase.id())) {
            if (result.passedAtLeast(requiredLevel(pip, result.part()))) {
                open.remove(result.part());
            }
        }
        for (ExamExemption exemption : exemptions.findByCase(aCase.id())) {
            if (exemption.covers(requiredLevel(pip, exemption.part()))) {
                open.remove(exemption.part());
            }
        }
        return open;
    }

    private static String requiredLevel(Pip pip, ExamPart part) {
        return pip == null ? "B1" : pip.requiredLevel(part.name());
    }

    /**
     * Records the parts DUO exempted (read from DUO after SS117/SS119), replacing what was recorded of the same part
     * and kind; returns those not recorded before, for the consulent's timeline.
     */
    @Transactional
    public List<ExamExemption> recordExemptions(String caseNumber, List<ExamExemption> granted) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        List<ExamExemption> known = exemptions.findByCase(aCase.id());
        List<ExamExemption> news = granted.stream().filter(exemption -> !known.contains(exemption)).toList();
        news.forEach(exemption -> exemptions.save(aCase.id(), exemption, now()));
        return news;
    }

    /** The parts DUO exempted the case from. */
    public List<ExamExemption> exemptionsOf(String caseNumber) {
        return exemptions.findByCase(caseFile.caseOf(caseNumber).id());
    }

    public boolean allPassed(String caseNumber) {
        return partsToPass(caseNumber).isEmpty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
