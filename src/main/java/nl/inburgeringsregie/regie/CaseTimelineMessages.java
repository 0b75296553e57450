package nl.inburgeringsregie.regie;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.regie.CaseTimeline.Gebeurtenis;
import nl.inburgeringsregie.shared.InboundMessages;

/**
 * The messages of a case on its timeline: what went to DUO ({@code outbound_message}) and what came in
 * ({@code inbound_message}). The questions asked of DUO together — the case page's "Opvragen bij DUO" asks nine at once
 * (issue 20, point 5), a registration from DUO's notification several — are one step on the timeline, not one per
 * question: consecutive reads (GET) within {@link #TOGETHER} of the first.
 */
@Component
class CaseTimelineMessages {

    /** Reads within this time of the first of a run count as asked together. */
    static final Duration TOGETHER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseTimelineMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One message to DUO as recorded: its operation (null when no longer known), status and moment. */
    record Sent(DuoOperation operation, String operationCode, String status, OffsetDateTime at) {

        boolean isRead() {
            return operation != null && "GET".equals(operation.method());
        }

        String label() {
            return operation != null ? operation.label() : Labels.word(operationCode);
        }
    }

    List<Gebeurtenis> of(long caseId) {
        var steps = new ArrayList<Gebeurtenis>(toDuo(jdbc.sql(
                "SELECT operation, status, created_at FROM outbound_message WHERE case_id = :id ORDER BY created_at, id")
                .param("id", caseId)
                .query((row, n) -> new Sent(operation(row.getString("operation")), row.getString("operation"),
                        row.getString("status"), local(row.getObject("created_at", OffsetDateTime.class))))
                .list()));
        jdbc.sql("SELECT source, kind, status, received_at FROM inbound_message WHERE case_id = :id")
                .param("id", caseId)
                .query((row, n) -> {
                    OffsetDateTime at = local(row.getObject("received_at", OffsetDateTime.class));
                    String status = row.getString("status");
                    return steps.add(new Gebeurtenis(at.toLocalDate(), at, "Bericht van "
                            + Labels.of(InboundMessages.Source.class, row.getString("source"), InboundMessages.Source::label),
                            Labels.word(row.getString("kind"))
                                    + (status == null ? "" : " (" + Labels.word(status).toLowerCase(Locale.ROOT) + ")"),
                            null, null));
                }).list();
        return steps;
    }

    /** The messages to DUO in order, the reads asked together as one step. */
    static List<Gebeurtenis> toDuo(List<Sent> messages) {
        var steps = new ArrayList<Gebeurtenis>();
        var run = new ArrayList<Sent>();
        for (Sent message : messages) {
            boolean together = !run.isEmpty() && message.isRead()
                    && !message.at().isAfter(run.get(0).at().plus(TOGETHER));
            if (!together) {
                flush(run, steps);
            }
            run.add(message);
            if (!message.isRead()) {
                flush(run, steps);
            }
        }
        flush(run, steps);
        return steps;
    }

    private static void flush(List<Sent> run, List<Gebeurtenis> steps) {
        if (run.isEmpty()) {
            return;
        }
        Sent first = run.get(0);
        if (run.size() == 1) {
            steps.add(new Gebeurtenis(first.at().toLocalDate(), first.at(), "Bericht aan DUO",
                    first.label() + " (" + status(first.status()) + ")", null, null));
        } else {
            long notSent = run.stream().filter(message -> !"VERZONDEN".equals(message.status())).count();
            steps.add(new Gebeurtenis(first.at().toLocalDate(), first.at(), "Bericht aan DUO",
                    run.size() + " gegevens opgevraagd bij DUO" + (notSent == 0 ? "" : ", waarvan " + notSent
                            + " zonder antwoord"),
                    String.join("; ", run.stream().map(message -> message.label() + " (" + status(message.status())
                            + ")").toList()), null));
        }
        run.clear();
    }

    private static String status(String status) {
        return status.toLowerCase(Locale.ROOT);
    }

    private static DuoOperation operation(String code) {
        return Optional.ofNullable(code).flatMap(name -> {
            try {
                return Optional.of(DuoOperation.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private OffsetDateTime local(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }
}
