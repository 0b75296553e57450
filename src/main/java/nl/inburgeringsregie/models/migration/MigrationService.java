package nl.inburgeringsregie.models.migration;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.models.AsAnalist;
import nl.inburgeringsregie.models.migration.MigrationRequest.Instructie;
import nl.inburgeringsregie.models.migration.MigrationRuns.CaseOutcome;
import nl.inburgeringsregie.models.migration.MigrationRuns.Run;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * Migrations of running cases to a new version of a model: ask for one (the plan is validated at once and a
 * dry run starts), read its report, confirm it (the migration runs), in that order. A migration covers the
 * cases of the gemeenten of the analist who asked; another analist sees of it only the cases of their own
 * gemeenten, and confirms it only when they work for all of its gemeenten.
 */
@Service
public class MigrationService {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final int MAX_PAGE_SIZE = 1000;
    private static final Set<String> OPEN = Set.of(MigrationStatus.PROEF_BEZIG.name(), MigrationStatus.PROEF_GEREED.name(),
            MigrationStatus.MIGRATIE_BEZIG.name());

    private final MigrationPlanner planner;
    private final MigrationRuns runs;
    private final MigrationRunner runner;
    private final AsAnalist asAnalist;
    private final Clock clock;
    private final Duration interruptedAfter;

    MigrationService(MigrationPlanner planner, MigrationRuns runs, MigrationRunner runner, AsAnalist asAnalist,
            Clock clock, @Value("${inburgering.migratie.onderbroken-na:PT10M}") Duration interruptedAfter) {
        this.planner = planner;
        this.runs = runs;
        this.runner = runner;
        this.asAnalist = asAnalist;
        this.clock = clock;
        this.interruptedAfter = interruptedAfter;
    }

    /**
     * Validates the plan (400 per field, 422 when Camunda refuses it), stores it and starts the dry run. A dry
     * run of the same version waiting for confirmation is replaced when it covers only the analist's gemeenten;
     * otherwise, or while one still runs, the request is refused (409).
     */
    public MigrationReport request(MigrationRequest request, ApiUser analist) {
        PlannedMigration planned = asAnalist.call(analist, () -> planner.plan(request));
        for (Run open : runs.ofSource(planned.source().getId(), OPEN)) {
            MigrationStatus status = statusOf(open);
            if (status == MigrationStatus.PROEF_GEREED && analist.gemeenten().containsAll(open.gemeenteSet())) {
                runs.transition(open.id(), Set.of(status.name()), MigrationStatus.VERVANGEN.name());
            } else if (status == MigrationStatus.PROEF_GEREED) {
                throw new MigrationStateException("Migratie " + open.id() + " van " + open.processKey() + " versie "
                        + open.sourceVersion() + " wacht op bevestiging door " + open.requestedBy()
                        + " en geldt ook voor gemeenten waarvoor u niet werkt");
            } else if (status != MigrationStatus.ONDERBROKEN) {
                throw new MigrationStateException("Migratie " + open.id() + " van " + open.processKey() + " versie "
                        + open.sourceVersion() + " loopt nog (" + status.name() + "); wacht tot zij gereed is");
            }
        }
        long id = runs.insert(planned.source().getKey(), planned.source().getId(), planned.source().getVersion(),
                planned.target().getId(), planned.target().getVersion(), json(request.explicitInstructions()),
                request.updateEventTriggers(),
                json(new StoredPlan(planned.couplings(), planned.added(), planned.uncoupled())), analist.gemeenten(),
                MigrationStatus.PROEF_BEZIG.name(), analist.id());
        runner.startDryRun(id, analist, analist.gemeenten());
        return report(id, analist, null, 0, 100);
    }

    /**
     * Starts the migration of a finished dry run, or goes on with one that was interrupted (409 otherwise). The
     * analist who confirms must work for every gemeente of the migration (403 otherwise).
     */
    public MigrationReport confirm(long id, ApiUser analist) {
        Run run = find(id, analist);
        Set<String> missing = new HashSet<>(run.gemeenteSet());
        missing.removeAll(analist.gemeenten());
        if (!missing.isEmpty()) {
            throw new MigrationForbiddenException("Deze migratie geldt ook voor gemeenten waarvoor u niet werkt ("
                    + String.join(", ", missing.stream().sorted().toList()) + "); laat haar bevestigen door wie ze aanvroeg");
        }
        MigrationStatus status = statusOf(run);
        boolean started = switch (status) {
            case PROEF_GEREED -> runs.transition(id, Set.of(status.name()), MigrationStatus.MIGRATIE_BEZIG.name());
            case ONDERBROKEN -> run.status().equals(MigrationStatus.MIGRATIE_BEZIG.name())
                    && runs.claimStale(id, run.status(), staleBefore());
            default -> false;
        };
        if (!started) {
            throw new MigrationStateException(switch (status) {
                case PROEF_BEZIG -> "De proefmigratie loopt nog; bevestig als zij gereed is";
                case MIGRATIE_BEZIG -> "De migratie loopt al";
                case GEREED -> "Deze migratie is al uitgevoerd; vraag een nieuwe aan voor de zaken die nog op versie "
                        + run.sourceVersion() + " staan";
                case ONDERBROKEN -> run.status().equals(MigrationStatus.MIGRATIE_BEZIG.name())
                        ? "De migratie is zojuist door een ander weer opgepakt"
                        : "De proefmigratie werd onderbroken; vraag de migratie opnieuw aan";
                case AFGEBROKEN -> "Deze migratie is afgebroken (" + run.failure() + "); vraag een nieuwe aan";
                case VERVANGEN -> "Er is een nieuwere migratie van versie " + run.sourceVersion() + " aangevraagd; bevestig die";
                case PROEF_GEREED -> "De proefmigratie is zojuist door een ander bevestigd";
            });
        }
        runs.confirm(id, analist.id());
        runner.startMigration(id, analist, run.gemeenteSet());
        return report(id, analist, null, 0, 100);
    }

    /**
     * The report with one page of cases (ordered by case number) of the analist's gemeenten, optionally only
     * those with one outcome.
     */
    public MigrationReport report(long id, ApiUser analist, String outcome, int page, int size) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (page < 0 || page > 1_000_000) {
            errors.put("pagina", "De pagina is 0 tot en met 1000000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.put("aantal", "Het aantal per pagina is 1 tot en met " + MAX_PAGE_SIZE);
        }
        if (outcome != null && !Set.of("KAN", "KAN_NIET", "GEMIGREERD", "MISLUKT", "OVERGESLAGEN").contains(outcome)) {
            errors.put("uitkomst", "Kies uit KAN, KAN_NIET, GEMIGREERD, MISLUKT, OVERGESLAGEN");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Run run = find(id, analist);
        Set<String> visible = visible(run, analist);
        StoredPlan plan = read(run.plan(), new TypeReference<>() {
        });
        var cases = runs.cases(id, visible, outcome, page, size).values().stream().map(MigrationService::zaak).toList();
        Set<String> coupled = plan.koppelingen().stream().map(MigrationReport.Koppeling::van).collect(Collectors.toSet());
        var waiting = asAnalist.call(analist, visible, () -> planner.waiting(run.sourceDefinitionId(), coupled));
        Map<String, Long> migrated = runs.counts(id, MigrationRuns.MIGRATION, visible);
        return new MigrationReport(run.id(), run.processKey(),
                new MigrationReport.Versie(run.sourceVersion(), run.sourceDefinitionId()),
                new MigrationReport.Versie(run.targetVersion(), run.targetDefinitionId()), statusOf(run).name(),
                explanation(run, migrated), run.updateEventTriggers(), List.copyOf(run.gemeenteSet()),
                run.requestedBy(), run.requestedAt(), run.confirmedBy(), run.confirmedAt(), run.finishedAt(),
                plan.koppelingen(), plan.nieuwInVersie(), plan.nietGekoppeld(), waiting,
                telling(runs.counts(id, MigrationRuns.DRY_RUN, visible), MigrationRunner.CAN, MigrationRunner.CANNOT),
                telling(migrated, MigrationRunner.MIGRATED, MigrationRunner.FAILED), cases, page, size);
    }

    /** The latest migrations that concern the analist's gemeenten, newest first. */
    public List<Samenvatting> latest(ApiUser analist) {
        return runs.latest(200).stream().filter(run -> !visible(run, analist).isEmpty()).limit(50)
                .map(run -> new Samenvatting(run.id(), run.processKey(), run.sourceVersion(), run.targetVersion(),
                        statusOf(run).name(), run.requestedBy(), run.requestedAt(), run.finishedAt()))
                .toList();
    }

    /** One line of the list of migrations. */
    public record Samenvatting(long id, String proces, int vanVersie, int naarVersie, String status,
            String aangevraagdDoor, OffsetDateTime aangevraagdOp, OffsetDateTime afgerondOp) {
    }

    /** The plan's description as stored with the run. */
    record StoredPlan(List<MigrationReport.Koppeling> koppelingen, List<MigrationReport.Activiteit> nieuwInVersie,
            List<MigrationReport.Activiteit> nietGekoppeld) {
    }

    static List<Instructie> instructions(Run run) {
        return read(run.instructions(), new TypeReference<>() {
        });
    }

    private static Set<String> visible(Run run, ApiUser analist) {
        Set<String> visible = new HashSet<>(run.gemeenteSet());
        visible.retainAll(analist.gemeenten());
        return visible;
    }

    private MigrationStatus statusOf(Run run) {
        MigrationStatus status = MigrationStatus.valueOf(run.status());
        boolean busy = status == MigrationStatus.PROEF_BEZIG || status == MigrationStatus.MIGRATIE_BEZIG;
        return busy && run.heartbeatAt().isBefore(staleBefore()) ? MigrationStatus.ONDERBROKEN : status;
    }

    private OffsetDateTime staleBefore() {
        return OffsetDateTime.now(clock).minus(interruptedAfter);
    }

    private String explanation(Run run, Map<String, Long> migrated) {
        return switch (statusOf(run)) {
            case PROEF_BEZIG -> "De proefmigratie loopt: de zaken worden gemigreerd en teruggedraaid";
            case PROEF_GEREED -> "Proefmigratie gereed; bevestig met POST /api/modellen/migraties/" + run.id() + "/bevestiging";
            case MIGRATIE_BEZIG -> "De zaken worden gemigreerd";
            case GEREED -> migrated.getOrDefault(MigrationRunner.FAILED, 0L) == 0
                    ? "Gereed: de zaken staan op versie " + run.targetVersion()
                    : "Gereed; zaken die niet konden, staan nog op versie " + run.sourceVersion() + " (uitkomst MISLUKT)";
            case AFGEBROKEN -> run.failure();
            case VERVANGEN -> "Vervangen door een nieuwere aanvraag voor versie " + run.sourceVersion();
            case ONDERBROKEN -> "Onderbroken (de applicatie stopte tijdens het werk)"
                    + (run.status().equals(MigrationStatus.MIGRATIE_BEZIG.name())
                            ? "; bevestig opnieuw om de overige zaken te migreren" : "; vraag de migratie opnieuw aan");
        };
    }

    private static MigrationReport.Telling telling(Map<String, Long> counts, String good, String bad) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new MigrationReport.Telling(total, counts.getOrDefault(good, 0L), counts.getOrDefault(bad, 0L),
                counts.getOrDefault(MigrationRunner.SKIPPED, 0L));
    }

    private static MigrationReport.Zaak zaak(Map<String, CaseOutcome> phases) {
        CaseOutcome dry = phases.get(MigrationRuns.DRY_RUN);
        CaseOutcome migrated = phases.get(MigrationRuns.MIGRATION);
        CaseOutcome any = dry != null ? dry : migrated;
        String waiting = dry != null && dry.waitingAt() != null ? dry.waitingAt()
                : migrated == null ? null : migrated.waitingAt();
        return new MigrationReport.Zaak(any.caseNumber(), any.processInstanceId(), any.tenantId(),
                waiting == null || waiting.isBlank() ? List.of() : List.of(waiting.split("\n")),
                dry == null ? null : dry.outcome(), dry == null ? null : dry.message(),
                migrated == null ? null : migrated.outcome(), migrated == null ? null : migrated.message());
    }

    /** The run, if it concerns one of the analist's gemeenten (404 otherwise: it is none of theirs). */
    private Run find(long id, ApiUser analist) {
        return runs.find(id).filter(run -> !visible(run, analist).isEmpty())
                .orElseThrow(() -> new MigrationNotFoundException(id));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String value, TypeReference<T> type) {
        try {
            return JSON.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
