package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.pip.OfferDates;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * The Inburgeringsaanbod (SDI014; Inburgeringsaanbod API, README "Inburgeringsaanbod") of an asielmigrant, from the
 * asynchronous process steps: what DUO should have — the aanbod of the PIP in force at its taalaanbieder, as long as
 * the case runs — is compared with what was delivered (table inburgeringsaanbod), and the difference is sent:
 * <ul>
 * <li>the aanbod of the PIP in force, by POST to its instelling, when DUO does not have it yet or has other dates
 * ("Voorgaande registraties … worden bij een nieuwe aanlevering voor elke cursusinstelling overschreven");</li>
 * <li>a DELETE for every other instelling that still has an aanbod (another taalaanbieder chosen; "per instelling");</li>
 * <li>a DELETE for every aanbod when the offer ends ({@link #withdraw}: the case closes).</li>
 * </ul>
 * So a retry sends only what is still missing. Each message and its record are committed on their own, so that a
 * failure after a DELETE does not send that DELETE again (DUO would answer 404). DUO's conditions (R:94-98) are checked
 * once more before sending; the form already checked them where the data were entered ({@code pip.OfferRules},
 * the provider port), so a refusal here means the data changed since.
 */
@Service
public class DuoAanbodSender {

    private final CaseFileService caseFile;
    private final PipService pips;
    private final DuoOutbound outbound;
    private final InburgeringsaanbodRecords records;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DuoAanbodSender(CaseFileService caseFile, PipService pips, DuoOutbound outbound, InburgeringsaanbodRecords records,
            PlatformTransactionManager transactions, Clock clock) {
        this.caseFile = caseFile;
        this.pips = pips;
        this.outbound = outbound;
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The case's current aanbod at DUO, as delivered (empty: none, e.g. not an asielmigrant, or withdrawn). */
    public Optional<InburgeringsaanbodRecords.Delivered> current(String caseNumber) {
        return records.current(caseFile.caseOf(caseNumber).id()).stream().reduce((first, last) -> last);
    }

    /**
     * After the PIP (first or changed) went to DUO: delivers the aanbod of the PIP in force and withdraws any other
     * instelling's. Nothing for a case without an aanbod (not an asielmigrant under the Wet inburgering 2021).
     *
     * @return what was sent, in Dutch, one line per message (empty when DUO was up to date)
     */
    public List<String> update(String caseNumber) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        if (!PipService.hasOffer(aCase)) {
            return List.of();
        }
        Pip pip = pips.inForce(caseNumber).orElse(null);
        var sent = new java.util.ArrayList<String>();
        String wanted = pip == null || pip.offer().isEmpty() ? null : pip.languageProviderId();
        var current = records.current(aCase.id());
        if (wanted != null) {
            OfferDates offer = pip.offer().get();
            String alfabetisering = alfabetisering(pip);
            boolean upToDate = current.stream().anyMatch(row -> row.instellingsnummer().equals(wanted)
                    && row.dates().equals(offer) && row.alfabetisering().equals(alfabetisering));
            if (!upToDate) {
                checkConditions(aCase, pip, offer);
                deliver(aCase, wanted, pip.version(), offer, alfabetisering);
                sent.add("Inburgeringsaanbod bij " + wanted + " aangeleverd");
            }
        }
        for (var row : current) {
            if (!row.instellingsnummer().equals(wanted)) {
                delete(aCase, row);
                sent.add("Inburgeringsaanbod bij " + row.instellingsnummer() + " verwijderd");
            }
        }
        return sent;
    }

    /** The offer ends (the case closed or ended): every aanbod of the case is withdrawn at DUO. */
    public int withdraw(String caseNumber) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        var current = records.current(aCase.id());
        current.forEach(row -> delete(aCase, row));
        return current.size();
    }

    /**
     * DUO says it has no aanbod (SS127): the case's current aanbod is sent again as delivered.
     *
     * @return the instelling it was sent to, or empty when the case has no aanbod to send
     */
    public Optional<String> resend(String caseNumber) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        var current = current(caseNumber);
        current.ifPresent(row -> deliver(aCase, row.instellingsnummer(), row.pipVersion(), row.dates(),
                row.alfabetisering()));
        return current.map(InburgeringsaanbodRecords.Delivered::instellingsnummer);
    }

    /** The request body of {@code POST /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}} (schema Inburgeringsaanbod). */
    static Map<String, Object> body(OfferDates offer, String alfabetisering) {
        var body = new LinkedHashMap<String, Object>();
        body.put("datumInburgeringsaanbod", offer.date().toString());
        body.put("verwachteStartdatumOpleiding", offer.courseStart().toString());
        body.put("verwachteEinddatumOpleiding", offer.courseEnd().toString());
        body.put("indicatorAlfabetiseringsonderwijs", alfabetisering);
        return body;
    }

    private void deliver(IntegrationCase aCase, String instellingsnummer, int pipVersion, OfferDates offer,
            String alfabetisering) {
        ownTransaction.executeWithoutResult(status -> {
            outbound.send(aCase, DuoOperation.INBURGERINGSAANBOD_REGISTREREN,
                    Map.of("instellingsnummer", instellingsnummer), body(offer, alfabetisering));
            records.delivered(aCase.id(), instellingsnummer, pipVersion, offer, alfabetisering, OffsetDateTime.now(clock));
        });
    }

    private void delete(IntegrationCase aCase, InburgeringsaanbodRecords.Delivered row) {
        ownTransaction.executeWithoutResult(status -> {
            outbound.send(aCase, DuoOperation.INBURGERINGSAANBOD_VERWIJDEREN,
                    Map.of("instellingsnummer", row.instellingsnummer()), null);
            records.withdrawn(row.id(), OffsetDateTime.now(clock));
        });
    }

    /** DUO's conditions (README R:94-98) once more, before sending: the PIP DUO has, the dates after its dagtekening. */
    private void checkConditions(IntegrationCase aCase, Pip pip, OfferDates offer) {
        if (pip.dagtekening() == null) {
            throw outbound.refused(aCase, DuoOperation.INBURGERINGSAANBOD_REGISTREREN,
                    "Er is geen vastgesteld PIP; DUO registreert geen inburgeringsaanbod zonder PIP.");
        }
        var earliest = java.util.stream.Stream.of(offer.date(), offer.courseStart(), offer.courseEnd())
                .filter(date -> date.isBefore(pip.dagtekening())).findFirst();
        if (earliest.isPresent()) {
            throw outbound.refused(aCase, DuoOperation.INBURGERINGSAANBOD_REGISTREREN, "Een datum van het "
                    + "inburgeringsaanbod (" + DutchDate.format(earliest.get()) + ") ligt vóór de dagtekening van het PIP ("
                    + DutchDate.format(pip.dagtekening()) + "); DUO registreert dit aanbod niet. Pas het aanbod aan met "
                    + "'PIP wijzigen'.");
        }
    }

    private static String alfabetisering(Pip pip) {
        return Objects.requireNonNullElse(pip.alfabetisering(), "NVT");
    }
}
