package nl.inburgeringsregie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the case file up to date as the work progresses: key dates and phase. */
@Service
public class CaseFileService {

    static final int MAX_NOTE_LENGTH = 2000;

    private final CaseRepository cases;
    private final MilestoneRepository milestones;
    private final Clock clock;

    public CaseFileService(CaseRepository cases, MilestoneRepository milestones, Clock clock) {
        this.cases = cases;
        this.milestones = milestones;
        this.clock = clock;
    }

    /**
     * Records a key date of the case.
     *
     * @param dateText the date as ISO text ({@code 2026-11-20}), as forms deliver it; may be empty only
     *                 for a milestone dated on recording
     */
    @Transactional
    public RecordedMilestone recordMilestone(String caseNumber, Milestone milestone, String dateText, String note,
            String recordedBy) {
        var aCase = cases.findByNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        var recorded = new RecordedMilestone(milestone, dateOf(milestone, dateText), checkedNote(note),
                OffsetDateTime.now(clock), recordedBy);
        milestones.save(aCase.id(), recorded);
        return recorded;
    }

    @Transactional
    public void changePhase(String caseNumber, CasePhase phase) {
        if (!cases.updatePhase(caseNumber, phase)) {
            throw new CaseNotFoundException(caseNumber);
        }
    }

    private LocalDate dateOf(Milestone milestone, String dateText) {
        LocalDate today = LocalDate.now(clock);
        if (dateText == null || dateText.isBlank()) {
            if (milestone.isDatedOnRecording()) {
                return today;
            }
            throw InvalidInputException.of("datum", "Vul de datum in bij '" + milestone.label() + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("datum",
                    "'" + dateText + "' is geen geldige datum bij '" + milestone.label() + "' (verwacht: jjjj-mm-dd)");
        }
        if (!milestone.isFutureAllowed() && date.isAfter(today)) {
            throw InvalidInputException.of("datum",
                    "De datum bij '" + milestone.label() + "' mag niet in de toekomst liggen");
        }
        return date;
    }

    private static String checkedNote(String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw InvalidInputException.of("toelichting",
                    "De toelichting is te lang (maximaal " + MAX_NOTE_LENGTH + " tekens)");
        }
        return note == null || note.isBlank() ? null : note;
    }
}
