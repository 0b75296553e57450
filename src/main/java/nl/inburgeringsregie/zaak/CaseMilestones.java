package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The key dates recorded in a case file (recording goes through {@link CaseFileService#recordMilestone}). */
@Service
public class CaseMilestones {

    private final MilestoneRepository milestones;

    CaseMilestones(MilestoneRepository milestones) {
        this.milestones = milestones;
    }

    /** The case's recorded milestones, oldest first. */
    public List<RecordedMilestone> of(long caseId) {
        return milestones.findByCase(caseId);
    }

    /** The date of the milestone, if it was recorded (the oldest, were there several). */
    public Optional<LocalDate> dateOf(long caseId, Milestone milestone) {
        return of(caseId).stream().filter(m -> m.milestone() == milestone).findFirst()
                .map(RecordedMilestone::occurredOn);
    }
}
