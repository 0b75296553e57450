package nl.inburgeringsregie.termijn;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseSuspension;

/**
 * The coordinator pauses or extends a local norm of a case (issue 19, point 5). A pause is a period in the same record
 * as DUO's temporary exemption, held for that norm only, so the one mechanism ({@link PausedClocks}, in the deadline's
 * schedule) moves its due and reminder days by the paused days when it ends; meanwhile its reminder and breach timers
 * wait ({@link NormClocks#paused}). The case's process instances keep running. An extension moves the due day by its
 * days once approved: at once within the gemeente's maximum, by a second coordinator beyond it (four eyes); until then
 * nothing moves. The inburgeringstermijn is refused: only DUO extends it (SS103/SS104).
 */
@Service
public class NormPauses {

    private final CaseFileService caseFile;
    private final DeadlineService deadlines;
    private final DeadlineExtensionRepository extensions;
    private final GemeenteService gemeenten;
    private final ClockTimers timers;
    private final Clock clock;

    public NormPauses(CaseFileService caseFile, DeadlineService deadlines, DeadlineExtensionRepository extensions,
            GemeenteService gemeenten, ClockTimers timers, Clock clock) {
        this.caseFile = caseFile;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.gemeenten = gemeenten;
        this.timers = timers;
        this.clock = clock;
    }

    /** The norm named in a request (its code, as the API names it). */
    public static Norm norm(String name) {
        try {
            return Norm.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("norm", "Onbekende norm '" + name + "'");
        }
    }

    /** Pauses the open deadline of the norm from {@code startsOnText} for the reason given. */
    @Transactional
    public Deadline pause(String caseNumber, Norm norm, String startsOnText, String kind, String note, String by) {
        Deadline deadline = openDeadline(caseNumber, norm);
        NormPauseRules.reason(kind, note);
        LocalDate start = NormPauseRules.pauseStart(startsOnText, deadline, caseFile.suspensionsOf(caseNumber), today());
        caseFile.pauseNorm(caseNumber, norm.name(), start, kind.strip(), blankToNull(note), by);
        timers.moved(caseNumber, List.of(norm.name()));
        return deadline;
    }

    /** Ends the pause of the norm on {@code endsOnText} (today when empty): its deadline moves by the paused days. */
    @Transactional
    public Deadline resume(String caseNumber, Norm norm, String endsOnText, String by) {
        Deadline deadline = openDeadline(caseNumber, norm);
        CaseSuspension pause = caseFile.suspensionsOf(caseNumber).stream()
                .filter(period -> period.isOngoing() && norm.name().equals(period.norm())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("norm", "Deze termijn is niet gepauzeerd"));
        LocalDate end = NormPauseRules.pauseEnd(endsOnText, pause, today());
        caseFile.endNormPause(caseNumber, norm.name(), end, by);
        moveTimers(caseNumber, norm);
        return deadlines.findOpen(caseNumber, norm).orElse(deadline);
    }

    /**
     * Extends the open deadline of the norm by {@code daysText} days for the reason given: approved at once when the
     * deadline's extensions stay within the gemeente's maximum, else asked of a second coordinator.
     */
    @Transactional
    public Extension extend(String caseNumber, Norm norm, String daysText, String kind, String note, String by) {
        Deadline deadline = openDeadline(caseNumber, norm);
        int days = NormPauseRules.extensionDays(daysText);
        NormPauseRules.reason(kind, note);
        if (!extensions.findPending(deadline.id()).isEmpty()) {
            throw InvalidInputException.of("dagen", "Er wacht al een verlenging van deze termijn op een tweede coördinator");
        }
        boolean fourEyes = NormPauseRules.needsSecondCoordinator(extensions.approvedDays(deadline.id()), days,
                maxDays(caseNumber, norm, deadline));
        ExtensionStatus status = fourEyes ? ExtensionStatus.AANGEVRAAGD : ExtensionStatus.GOEDGEKEURD;
        long id = extensions.insert(deadline, days, kind.strip(), blankToNull(note), status, by, now());
        if (!fourEyes) {
            moveTimers(caseNumber, norm);
        }
        return extensions.find(id).orElseThrow();
    }

    /** A second coordinator approves the extension asked: the due date moves now. */
    @Transactional
    public Extension approve(String caseNumber, Norm norm, long id, String by) {
        Extension extension = pending(caseNumber, norm, id);
        NormPauseRules.secondCoordinator(extension, by);
        extensions.decide(id, ExtensionStatus.GOEDGEKEURD, by, null, now());
        moveTimers(caseNumber, norm);
        return extensions.find(id).orElseThrow();
    }

    /** A second coordinator refuses the extension asked, with a reason: nothing moves. */
    @Transactional
    public Extension refuse(String caseNumber, Norm norm, long id, String note, String by) {
        Extension extension = pending(caseNumber, norm, id);
        NormPauseRules.secondCoordinator(extension, by);
        if (note == null || note.isBlank() || note.length() > NormPauseRules.MAX_NOTE) {
            throw InvalidInputException.of("toelichting",
                    "Licht de afwijzing toe (maximaal " + NormPauseRules.MAX_NOTE + " tekens)");
        }
        extensions.decide(id, ExtensionStatus.AFGEWEZEN, by, note.strip(), now());
        return extensions.find(id).orElseThrow();
    }

    /** The extensions of the open deadline of the norm that wait for a second coordinator. */
    public List<Extension> pending(String caseNumber, Norm norm) {
        return deadlines.findOpen(caseNumber, norm).map(deadline -> extensions.findPending(deadline.id()))
                .orElse(List.of());
    }

    /** The gemeente's maximum in days, counted from the deadline's due day (a period in months counts its real days). */
    public int maxDays(String caseNumber, Norm norm, Deadline deadline) {
        var max = gemeenten.maxExtension(caseFile.caseOf(caseNumber).gemeenteCode(), norm);
        return (int) ChronoUnit.DAYS.between(deadline.dueOn(), deadline.dueOn().plus(max));
    }

    private Extension pending(String caseNumber, Norm norm, long id) {
        NormPauseRules.refuseLegalTerm(norm);
        Optional<Deadline> open = deadlines.findOpen(caseNumber, norm);
        return extensions.find(id)
                .filter(found -> open.isPresent() && found.deadlineId() == open.get().id())
                .filter(found -> found.status() == ExtensionStatus.AANGEVRAAGD)
                .orElseThrow(() -> InvalidInputException.of("verlenging",
                        "Deze verlenging wacht niet (meer) op een beslissing"));
    }

    private Deadline openDeadline(String caseNumber, Norm norm) {
        NormPauseRules.refuseLegalTerm(norm);
        return deadlines.findOpen(caseNumber, norm).orElseThrow(() -> InvalidInputException.of("norm",
                "De termijn '" + norm.label() + "' loopt niet (meer): hij is gehaald, afgesloten of nog niet begonnen"));
    }

    /** The deadlines move (recalculated from their key dates, pauses and extensions), and their timers follow. */
    private void moveTimers(String caseNumber, Norm norm) {
        var moved = new LinkedHashSet<String>();
        moved.add(norm.name());
        deadlines.recalculate(caseNumber).forEach(deadline -> moved.add(deadline.norm().name()));
        timers.moved(caseNumber, moved);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
