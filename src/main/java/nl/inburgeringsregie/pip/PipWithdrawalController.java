package nl.inburgeringsregie.pip;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.zaak.CaseFileService;

/**
 * {@code POST /api/regie/zaken/{zaaknummer}/pip/intrekking} with {@code {"reden": "…"}}: a coordinator of the case's
 * gemeente withdraws its PIP ({@link PipWithdrawals}) from the case page. Coordinatoren only (the /regie security chain,
 * with its CSRF token), 404 outside their gemeenten, 400 without a reason, 409 with DUO's or our reason when the PIP
 * cannot be withdrawn; nothing is written then.
 */
@RestController
class PipWithdrawalController {

    private final CaseFileService caseFile;
    private final PipWithdrawals withdrawals;
    private final ProcessingLog processing;

    PipWithdrawalController(CaseFileService caseFile, PipWithdrawals withdrawals, ProcessingLog processing) {
        this.processing = processing;
        this.caseFile = caseFile;
        this.withdrawals = withdrawals;
    }

    @PostMapping("/api/regie/zaken/{zaaknummer}/pip/intrekking")
    Intrekking withdraw(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiUser user) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        Object reason = body == null ? null : body.get("reden");
        Pip pip = processing.change(Processing.PIP_INTREKKEN, user.id(), List.of(zaaknummer),
                () -> withdrawals.withdraw(zaaknummer, reason == null ? null : String.valueOf(reason), user.id()));
        return new Intrekking(pip.version(), "Het PIP (versie " + pip.version() + ", dagtekening "
                + DutchDate.format(pip.dagtekening()) + ") is ingetrokken. Het wordt bij DUO verwijderd; de consulent "
                + "stelt een nieuw PIP op.");
    }

    /** The withdrawn version and what happens next, in words. */
    record Intrekking(int versie, String melding) {
    }
}
