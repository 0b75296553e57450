package nl.inburgeringsregie.handhaving;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FieldRules;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * Enforcement: a warning first, then a fine proposal within the statutory maximum, which a coordinator
 * other than the proposer approves or rejects with reasons (four eyes; since 2025 a fine on an
 * asielstatushouder only in exceptional cases, so every decision is motivated).
 */
@Service
public class SanctionService {

    static final int MAX_TEXT = 2000;

    private final CaseFileService caseFile;
    private final SanctionRepository sanctions;
    private final Clock clock;

    public SanctionService(CaseFileService caseFile, SanctionRepository sanctions, Clock clock) {
        this.caseFile = caseFile;
        this.sanctions = sanctions;
        this.clock = clock;
    }

    @Transactional
    public void warn(String caseNumber, SanctionGround ground, String issuedOnText, String content, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        LocalDate issuedOn = FieldRules.pastOrToday(issuedOnText, "waarschuwingVerstuurdOp", "de waarschuwing", clock);
        String text = FieldRules.requiredText(content, "waarschuwingToelichting",
                "Beschrijf de inhoud van de waarschuwing", MAX_TEXT);
        sanctions.insert(aCase.id(), SanctionKind.WAARSCHUWING, ground, null, text, issuedOn, by, now());
    }

    /**
     * Whether the gemeente may propose a bestuurlijke boete in this case: only under the Wet inburgering 2021
     * (art. 34 and 35). A Wi2013 case (ondertussengroep, asielmigrant coupled before 2022) has none (DOMAIN.md,
     * "Wi2013 cases … have no Wi2021 … bestuurlijke boete"): there a culpable lapse gets a warning, not a fine.
     */
    public boolean fineMayApply(String caseNumber) {
        return !caseFile.caseOf(caseNumber).doelgroep().isWi2013();
    }

    @Transactional
    public void proposeFine(String caseNumber, SanctionGround ground, Number amount, String motivation, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        if (aCase.doelgroep().isWi2013()) {
            throw InvalidInputException.of("boeteBedrag", "Deze zaak valt onder de Wet inburgering 2013: de gemeente "
                    + "legt hier geen bestuurlijke boete op (artikel 34 en 35 Wet inburgering 2021 gelden niet)");
        }
        if (!sanctions.hasWarning(aCase.id(), ground)) {
            throw InvalidInputException.of("boeteBedrag", "Een boete kan pas na een waarschuwing");
        }
        if (amount == null || amount.doubleValue() < 1 || amount.doubleValue() > ground.maximumEuros()
                || amount.doubleValue() != Math.floor(amount.doubleValue())) {
            throw InvalidInputException.of("boeteBedrag", "Het bedrag is een heel aantal euro's van 1 tot en met "
                    + ground.maximumEuros() + " (" + ground.label() + ")");
        }
        String text = FieldRules.requiredText(motivation, "boeteMotivering", "Motiveer het boetevoorstel", MAX_TEXT);
        sanctions.insert(aCase.id(), SanctionKind.BOETE, ground, amount.intValue(), text, LocalDate.now(clock), by, now());
    }

    @Transactional
    public Sanction decideFine(String caseNumber, FineDecision decision, String reason, String by) {
        return decideFine(caseNumber, decision, reason, null, by);
    }

    /**
     * The four-eyes decision on a fine proposal. Since the 2025 rulings an asielstatushouder is fined only
     * in exceptional cases: imposing one needs a recorded reason why this case is one.
     */
    @Transactional
    public Sanction decideFine(String caseNumber, FineDecision decision, String reason, String exceptionReason,
            String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Sanction fine = sanctions.findUndecidedFine(aCase.id())
                .orElseThrow(() -> InvalidInputException.of("boeteBesluit", "Er is geen boetevoorstel om te beoordelen"));
        if (decision == null) {
            throw InvalidInputException.of("boeteBesluit", "Kies of de boete wordt opgelegd");
        }
        if (by == null || by.equals(fine.proposedBy())) {
            throw InvalidInputException.of("boeteBesluit",
                    "Vier ogen: een andere medewerker dan de indiener moet over de boete beslissen");
        }
        String text = FieldRules.requiredText(reason, "boeteBesluitMotivering", "Motiveer het besluit", MAX_TEXT);
        String exception = null;
        if (decision == FineDecision.GOEDKEUREN && aCase.doelgroep().isAsielmigrant()) {
            exception = FieldRules.requiredText(exceptionReason, "boeteUitzonderingAsielmigrant",
                    "Een boete voor een asielstatushouder kan sinds 2025 alleen in uitzonderlijke gevallen: "
                            + "leg vast waarom dit geval uitzonderlijk is", MAX_TEXT);
        }
        sanctions.decide(fine.id(), decision, text, exception, by, now());
        return sanctions.findByCase(aCase.id()).stream().filter(s -> s.id() == fine.id()).findFirst().orElseThrow();
    }

    public boolean hasWarning(String caseNumber, SanctionGround ground) {
        return sanctions.hasWarning(caseFile.caseOf(caseNumber).id(), ground);
    }

    public List<Sanction> findByCase(String caseNumber) {
        return sanctions.findByCase(caseFile.caseOf(caseNumber).id());
    }



    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
