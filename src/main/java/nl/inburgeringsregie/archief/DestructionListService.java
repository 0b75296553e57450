package nl.inburgeringsregie.archief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.CaseStateException;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * The vernietigingslijst (issue 21, point 4; Archiefbesluit 1995 art. 8: destruction only after a list is drawn up and
 * approved): proposed for one gemeente with the cases that may go today, approved by a coordinator AND an archivist of
 * that gemeente — two different people (four eyes) — and then carried out at once, one case per transaction; or
 * rejected by either, with a reason, and nothing is destroyed. A case that got a legal hold or an open procedure after
 * the proposal is skipped (with the reason) and stays.
 */
@Service
public class DestructionListService {

    /** Who proposes a list of the scheduled run. */
    static final String SCHEDULED = "systeem";

    private static final Logger LOG = LoggerFactory.getLogger(DestructionListService.class);

    private final DestructionListRepository lists;
    private final OpenProcedures procedures;
    private final CaseDestruction destruction;
    private final GemeenteService gemeenten;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DestructionListService(DestructionListRepository lists, OpenProcedures procedures, CaseDestruction destruction,
            GemeenteService gemeenten, TransactionTemplate transaction, Clock clock) {
        this.lists = lists;
        this.procedures = procedures;
        this.destruction = destruction;
        this.gemeenten = gemeenten;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Proposes a list for the gemeente, as the user; 409 when no case may go today. */
    public DestructionList propose(String gemeente, ApiUser user) {
        if (gemeente == null || gemeente.isBlank()) {
            throw InvalidInputException.of("gemeente", "Kies de gemeente waarvoor u een vernietigingslijst opstelt");
        }
        if (!user.gemeenten().contains(gemeente)) {
            throw InvalidInputException.of("gemeente", "U werkt niet voor gemeente " + gemeente);
        }
        return proposeFor(gemeente, user.id()).orElseThrow(() -> new CaseStateException(
                "Er zijn in " + gemeenteName(gemeente) + " geen gesloten zaken die vandaag vernietigd mogen worden."));
    }

    /** Proposes a list for every gemeente with cases that may go (the scheduled run). */
    public List<DestructionList> proposeForAll() {
        List<DestructionList> proposed = new ArrayList<>();
        gemeenten.findAll().forEach(gemeente -> proposeFor(gemeente.code(), SCHEDULED).ifPresent(proposed::add));
        return proposed;
    }

    private Optional<DestructionList> proposeFor(String gemeente, String by) {
        return transaction.execute(status -> {
            var candidates = lists.candidates(gemeente, LocalDate.now(clock)).stream()
                    .filter(c -> procedures.blocking(c.caseId(), c.caseNumber(), false).isEmpty())
                    .map(DestructionListRepository.ListedCase::caseId).toList();
            if (candidates.isEmpty()) {
                return Optional.<DestructionList>empty();
            }
            long id = lists.insert(gemeente, by, OffsetDateTime.now(clock), candidates);
            LOG.info("Vernietigingslijst {} voorgesteld voor {} met {} zaken", id, gemeente, candidates.size());
            return lists.find(id);
        });
    }

    /** The list, if it belongs to one of the gemeenten; otherwise as if it did not exist. */
    public DestructionList visible(long id, Collection<String> gemeenten) {
        return lists.find(id).filter(list -> gemeenten.contains(list.gemeenteCode()))
                .orElseThrow(() -> new DestructionListNotFoundException(id));
    }

    public List<DestructionList> visibleLists(Collection<String> gemeenten) {
        return lists.ofGemeenten(gemeenten);
    }

    public List<DestructionListRepository.ListedCase> cases(long listId) {
        return lists.cases(listId);
    }

    /**
     * Approves the list in the user's role: an archivist's approval when an archivist has not approved yet, otherwise a
     * coordinator's. The same person never gives both (four eyes): 409. The second approval carries the list out.
     */
    public DestructionList approve(long id, ApiUser user) {
        DestructionList approved = transaction.execute(status -> {
            DestructionList list = lockVisible(id, user);
            requireProposed(list);
            if (list.approvedBy(user.id())) {
                throw new CaseStateException("U heeft deze vernietigingslijst al goedgekeurd. De tweede goedkeuring "
                        + "moet van een ander komen (vier ogen: een coördinator en een archivaris).");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            boolean archivist = user.groups().contains(Groups.ARCHIVARISSEN);
            boolean coordinator = user.groups().contains(Groups.COORDINATOREN);
            if (archivist && list.archivistApprovedBy() == null) {
                lists.approvedAsArchivist(id, user.id(), now);
            } else if (coordinator && list.coordinatorApprovedBy() == null) {
                lists.approvedAsCoordinator(id, user.id(), now);
            } else {
                throw new CaseStateException(archivist
                        ? "Een archivaris heeft deze lijst al goedgekeurd; nu is een coördinator van de gemeente nodig."
                        : "Een coördinator heeft deze lijst al goedgekeurd; nu is een archivaris van de gemeente nodig.");
            }
            DestructionList after = lists.find(id).orElseThrow();
            if (after.coordinatorApprovedBy() != null && after.archivistApprovedBy() != null) {
                lists.status(id, DestructionList.Status.GOEDGEKEURD);
            }
            return lists.find(id).orElseThrow();
        });
        return approved.status() == DestructionList.Status.GOEDGEKEURD ? carryOut(id) : approved;
    }

    /** Rejects a proposed list: it is closed and nothing of it is destroyed. */
    public DestructionList reject(long id, String reason, ApiUser user) {
        String text = LegalHoldService.reason(reason, "reden", "Schrijf op waarom de lijst wordt afgewezen");
        return transaction.execute(status -> {
            DestructionList list = lockVisible(id, user);
            requireProposed(list);
            lists.rejected(id, user.id(), OffsetDateTime.now(clock), text);
            LOG.info("Vernietigingslijst {} afgewezen", id);
            return lists.find(id).orElseThrow();
        });
    }

    /** Carries out an approved list again (after a failure part-way): the cases not yet done. */
    public DestructionList carryOut(long id, ApiUser user) {
        DestructionList list = visible(id, user.gemeenten());
        if (list.status() != DestructionList.Status.GOEDGEKEURD) {
            throw new CaseStateException("Alleen een goedgekeurde lijst die nog niet helemaal is uitgevoerd kan worden "
                    + "uitgevoerd; deze lijst is " + list.status().label() + ".");
        }
        return carryOut(id);
    }

    private DestructionList carryOut(long id) {
        DestructionList list = lists.find(id).orElseThrow();
        int destroyed = 0;
        int skipped = 0;
        int failed = 0;
        for (long caseId : lists.casesToDo(id)) {
            Optional<String> notNow;
            try {
                notNow = destruction.destroy(list, caseId);
            } catch (RuntimeException e) {
                // the case's transaction rolled back whole; it stays on the list for POST …/uitvoeren
                LOG.error("Vernietigingslijst {}: zaak-id {} niet vernietigd", id, caseId, e);
                failed++;
                continue;
            }
            if (notNow.isPresent()) {
                transaction.executeWithoutResult(status -> lists.skipped(id, caseId, notNow.get()));
                skipped++;
            } else {
                destroyed++;
            }
        }
        if (failed == 0) {
            transaction.executeWithoutResult(status -> lists.carriedOut(id, OffsetDateTime.now(clock)));
        }
        LOG.info("Vernietigingslijst {}: {} zaken vernietigd, {} overgeslagen, {} mislukt", id, destroyed, skipped,
                failed);
        return lists.find(id).orElseThrow();
    }

    private DestructionList lockVisible(long id, ApiUser user) {
        return lists.lock(id).filter(list -> user.gemeenten().contains(list.gemeenteCode()))
                .orElseThrow(() -> new DestructionListNotFoundException(id));
    }

    private static void requireProposed(DestructionList list) {
        if (list.status() != DestructionList.Status.VOORGESTELD) {
            throw new CaseStateException("Deze vernietigingslijst is " + list.status().label()
                    + "; alleen een voorgestelde lijst kan worden goedgekeurd of afgewezen.");
        }
    }

    private String gemeenteName(String code) {
        return gemeenten.findByCode(code).map(g -> g.name()).orElse(code);
    }
}
