package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseInstances;
import nl.inburgeringsregie.zaak.CaseSuspension;

/**
 * What a temporary exemption does to a case. DUO's Gebeurtenissen.md: SS109 "Tijdelijke vrijstelling toegekend" under
 * "Intrekken Inburgeringsplicht" — "Deze administratie is relevant voor het hervatten inburgeringsplicht"; SS130
 * "Tijdelijke vrijstelling ingetrokken, PIP al bekend. Eerdere inburgeringsplicht wordt hervat" under "Termijn
 * gewijzigd"; SS129 "Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend" under "Nieuwe
 * inburgeringsplichtige". DOMAIN.md: "We keep such a case suspended (clocks paused, administration complete), so that
 * SS130 … resumes it with its PIP, route and DUO's changed term". So the case is not closed: it is suspended (phase
 * "Opgeschort: tijdelijke vrijstelling"), its process instances held (no timer fires, no task can be completed), its
 * open deadlines paused; on resumption the deadlines move by the days it stood still ({@link PausedClocks}), their
 * timers follow, and the instances run again with the PIP, route and term where they were.
 */
@Service
public class TemporaryExemptions {

    private final CaseFileService caseFile;
    private final DeadlineService deadlines;
    private final ClockTimers timers;
    private final CaseInstances instances;

    public TemporaryExemptions(CaseFileService caseFile, DeadlineService deadlines, ClockTimers timers,
            CaseInstances instances) {
        this.caseFile = caseFile;
        this.deadlines = deadlines;
        this.timers = timers;
        this.instances = instances;
    }

    /** Whether the case is suspended now by a temporary exemption. */
    public Optional<CaseSuspension> ongoing(String caseNumber) {
        return caseFile.ongoingSuspension(caseNumber);
    }

    /**
     * DUO granted a temporary exemption from {@code startsOn} (SS109): the case is suspended and its instances held.
     *
     * @return whether the case was suspended now (false: it was suspended already)
     */
    @Transactional
    public boolean suspend(String caseNumber, LocalDate startsOn, String event) {
        if (!caseFile.suspend(caseNumber, startsOn, event)) {
            return false;
        }
        instances.suspend(caseNumber);
        return true;
    }

    /**
     * DUO resumed the obligation on {@code resumedOn} (SS130, SS129): the suspension ends, every open deadline moves by
     * the days the case stood still, their timers follow, and the instances run again.
     *
     * @return the period that ended; empty when the case was not suspended
     */
    @Transactional
    public Optional<CaseSuspension> resume(String caseNumber, LocalDate resumedOn, String event) {
        Optional<CaseSuspension> ended = caseFile.endSuspension(caseNumber, resumedOn, event);
        if (ended.isEmpty()) {
            return ended;
        }
        instances.activate(caseNumber);
        // the term stood still too: its last day moves by this period (earlier periods moved it already); DUO's
        // registration of the changed term (SS130, Inburgeringstermijn API) may follow and then stands
        var aCase = caseFile.caseOf(caseNumber);
        if (aCase.termStartsOn() != null && aCase.termEndsOn() != null) {
            caseFile.extendTerm(caseNumber, PausedClocks.moved(aCase.termStartsOn(), aCase.termEndsOn(), List.of(ended.get())));
        }
        List<String> moved = deadlines.recalculate(caseNumber).stream().map(deadline -> deadline.norm().name()).toList();
        if (!moved.isEmpty()) {
            timers.moved(caseNumber, moved);
        }
        return ended;
    }

    /**
     * DUO decided about the obligation of a suspended case (SS106–SS108 met, SS110/SS111 ended) on {@code decidedOn}: the
     * suspension ends and the instances run again, so that the decision can reach the case's process and close it.
     * Its clocks are not moved: the decision stops them.
     */
    @Transactional
    public void endForDecision(String caseNumber, LocalDate decidedOn, String event) {
        if (caseFile.endSuspension(caseNumber, decidedOn, event).isPresent()) {
            instances.activate(caseNumber);
        }
    }
}
