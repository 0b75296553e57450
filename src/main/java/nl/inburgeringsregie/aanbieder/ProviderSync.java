package nl.inburgeringsregie.aanbieder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.DuoOutbound;
import nl.inburgeringsregie.duo.DuoRejectedException;
import nl.inburgeringsregie.duo.DuoUnavailableException;
import nl.inburgeringsregie.gemeente.Gemeente;
import nl.inburgeringsregie.gemeente.GemeenteService;

/**
 * Keeps the providers up to date from DUO's list of recognised institutions (Inburgeringsaanbod API,
 * {@code GET /instellingen}, {@code getInstellingen}): daily ({@code inburgering.aanbieders.sync-cron}) and on a
 * coordinator's request. The request goes out as a gemeente's message without a case ({@link DuoOutbound#sendForGemeente}:
 * checked against DUO's OpenAPI file first, kept in outbound_message under the gemeente, with its OIN as Bron).
 * <p>
 * The answer is an array with {@code maxItems: 200} and the operation has no paging or query parameters (openapi.yml):
 * every institution returned is stored or updated; those missing from the answer are marked as no longer listed only
 * when fewer than 200 came back, because a full answer may have been cut off (issue 20 plan, section 4 item 3). Nothing
 * is ever deleted: contracts and cases keep pointing at their provider. Running it twice changes nothing the second
 * time but last_seen_at.
 */
@Service
public class ProviderSync {

    /** DUO's {@code maxItems} of the answer to {@code GET /instellingen} (Inburgeringsaanbod openapi.yml). */
    static final int MAX_ITEMS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSync.class);

    /** What one run did. */
    public record Result(String gemeente, int ontvangen, int nieuw, int gewijzigd, int nietMeerOpLijst,
            boolean volledig, String toelichting) {
    }

    private final DuoOutbound outbound;
    private final GemeenteService gemeenten;
    private final ProviderRepository providers;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    ProviderSync(DuoOutbound outbound, GemeenteService gemeenten, ProviderRepository providers,
            TransactionTemplate transaction, ObjectMapper json, Clock clock) {
        this.outbound = outbound;
        this.gemeenten = gemeenten;
        this.providers = providers;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** Daily, with the account of the first gemeente (by code) that has an OIN: the list is the same for every one. */
    @Scheduled(cron = "${inburgering.aanbieders.sync-cron}", zone = "${inburgering.tijdzone}")
    // Once across the cluster (platform.cluster.SchedulerLocks), the daily run and the one at the start
    // (ProviderSyncAtStart) alike: one DUO call (at most 10 s to connect, 30 s to read) and one transaction
    @SchedulerLock(name = "taalaanbieders-bijwerken", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void daily() {
        var gemeente = firstWithOin(gemeenten.findAll().stream().map(Gemeente::code).toList());
        if (gemeente.isEmpty()) {
            LOG.warn("Taalaanbieders niet bijgewerkt: geen gemeente heeft een OIN");
            return;
        }
        try {
            var result = synchronise(gemeente.get());
            LOG.info("Taalaanbieders bijgewerkt: {}", result.toelichting());
        } catch (DuoRejectedException | DuoUnavailableException | DuplicateKeyException e) {
            LOG.warn("Taalaanbieders niet bijgewerkt: {}", e.getMessage());
        }
    }

    /** Whether DUO's list was read today: an institution on it was seen since midnight (application time zone). */
    public boolean readToday() {
        return providers.seenSince(LocalDate.now(clock).atStartOfDay(clock.getZone()).toOffsetDateTime());
    }

    /** The first of these gemeenten (by code) that has an OIN, the account to ask DUO with. */
    Optional<String> firstWithOin(Collection<String> codes) {
        return codes.stream().sorted().filter(code -> gemeenten.oinOf(code).isPresent()).findFirst();
    }

    /**
     * Reads DUO's list with the gemeente's account and stores it, all in one transaction (nothing half-written); one
     * run at a time in this application (another instance that stores the same new institution meets the unique
     * instellingsnummer and writes nothing).
     *
     * @throws DuoRejectedException when DUO refuses, or its answer is not a list of institutions (nothing written)
     * @throws DuoUnavailableException when DUO cannot be reached
     */
    public synchronized Result synchronise(String gemeenteCode) {
        var answer = outbound.sendForGemeente(gemeenteCode, DuoOperation.INSTELLINGEN_OPVRAGEN, Map.of(), null);
        List<Instelling> list = parse(answer.body());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transaction.execute(status -> store(gemeenteCode, list, now));
    }

    private Result store(String gemeenteCode, List<Instelling> list, OffsetDateTime now) {
        int added = 0;
        int changed = 0;
        var seen = new HashSet<String>();
        for (Instelling instelling : list) {
            if (!seen.add(instelling.instellingsnummer())) {
                continue;
            }
            var known = providers.find(instelling.instellingsnummer());
            if (known.isEmpty()) {
                providers.insert(instelling, now);
                added++;
            } else {
                if (differs(known.get(), instelling)) {
                    changed++;
                }
                providers.update(known.get().id(), instelling, now);
            }
        }
        boolean complete = list.size() < MAX_ITEMS;
        int unlisted = complete ? providers.markUnlisted(seen) : 0;
        String words = list.size() + " instellingen ontvangen van DUO: " + added + " nieuw, " + changed + " gewijzigd, "
                + (complete ? unlisted + " niet meer op de lijst."
                        : "geen enkele als 'niet meer op de lijst' gemarkeerd: DUO gaf het maximum van " + MAX_ITEMS
                                + " instellingen, dus de lijst kan onvolledig zijn.");
        if (!complete) {
            LOG.warn("DUO gaf {} instellingen, het maximum: de lijst kan afgekapt zijn", list.size());
        }
        return new Result(gemeenteCode, list.size(), added, changed, unlisted, complete, words);
    }

    private static boolean differs(Provider provider, Instelling instelling) {
        return !provider.listedByDuo() || !provider.name().equals(instelling.naam())
                || !java.util.Objects.equals(provider.place(), instelling.plaatsnaam())
                || !java.util.Objects.equals(provider.bowNumber(), instelling.bow())
                || !java.util.Objects.equals(provider.brin(), instelling.brin())
                || provider.bowKeurmerk() != instelling.indicatieBowKeurmerk()
                || provider.tstKeurmerk() != instelling.indicatieTstKeurmerk();
    }

    /** DUO's answer as institutions; an answer that is not an array of them is refused whole. */
    private List<Instelling> parse(String body) {
        JsonNode array;
        try {
            array = body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new DuoRejectedException("Het antwoord van DUO op 'Erkende instellingen opvragen' is geen geldige JSON.");
        }
        if (array == null || !array.isArray()) {
            throw new DuoRejectedException("Het antwoord van DUO op 'Erkende instellingen opvragen' is geen lijst.");
        }
        var list = new ArrayList<Instelling>();
        for (JsonNode item : array) {
            String number = text(item, "instellingsnummer");
            String name = text(item, "naam");
            // Instelling: instellingsnummer minLength/maxLength 10, naam maxLength 128, both required
            if (number == null || number.length() != 10 || name == null || name.isBlank() || name.length() > 128) {
                throw new DuoRejectedException("Het antwoord van DUO op 'Erkende instellingen opvragen' bevat een"
                        + " instelling zonder geldig instellingsnummer of naam; er is niets bijgewerkt.");
            }
            list.add(new Instelling(number, name, text(item, "plaatsnaam"), text(item, "bow"), text(item, "brin"),
                    item.path("indicatieBowKeurmerk").asBoolean(false), item.path("indicatieTstKeurmerk").asBoolean(false)));
        }
        return list;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
