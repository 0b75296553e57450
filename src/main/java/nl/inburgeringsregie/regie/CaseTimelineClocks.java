package nl.inburgeringsregie.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.duo.DuoGebeurtenis;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.regie.CaseTimeline.Aanvraag;
import nl.inburgeringsregie.regie.CaseTimeline.Gebeurtenis;
import nl.inburgeringsregie.regie.CaseTimeline.Klok;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.termijn.NormPauseRules;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * A case's clocks on its timeline: the periods a temporary exemption held them (DUO SS109/SS130), the coordinator's
 * pauses and extensions of one norm (issue 19, point 5), each deadline's start, its being met or breached and the
 * measure taken; and the clocks still running, with what holds or moved them.
 */
@Component
class CaseTimelineClocks {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseTimelineClocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the clocks' steps to {@code timeline}; returns the running clocks, earliest due first. */
    List<Klok> of(long id, LocalDate today, List<Gebeurtenis> timeline) {
        boolean paused = jdbc.sql("""
                SELECT starts_on, ends_on, started_by, ended_by, recorded_at, ended_at FROM case_suspension
                WHERE case_id = :id AND norm IS NULL""")
                .param("id", id)
                .query((row, n) -> {
                    LocalDate start = row.getObject("starts_on", LocalDate.class);
                    LocalDate end = row.getObject("ends_on", LocalDate.class);
                    timeline.add(new Gebeurtenis(start, local(row.getObject("recorded_at", OffsetDateTime.class)), "Mijlpaal",
                            Milestone.SUSPENDED.label(), duoEvent(row.getString("started_by"))
                                    + "; de termijnen staan stil", null));
                    if (end != null) {
                        timeline.add(new Gebeurtenis(end, local(row.getObject("ended_at", OffsetDateTime.class)), "Mijlpaal",
                                Milestone.RESUMED.label(), "Na " + ChronoUnit.DAYS.between(start, end)
                                        + " dagen opgeschort; " + duoEvent(row.getString("ended_by"))
                                        + "; de termijnen schuiven zo veel op",
                                null));
                    }
                    return end == null;
                }).list().contains(true);
        // the coordinator's pauses of one norm (issue 19, point 5): who, when, why; the ongoing ones hold their clock
        var pausedNorms = new java.util.HashMap<String, LocalDate>();
        jdbc.sql("""
                SELECT norm, starts_on, ends_on, reason_kind, reason_note, started_by, ended_by, recorded_at, ended_at
                FROM case_suspension WHERE case_id = :id AND norm IS NOT NULL""")
                .param("id", id)
                .query((row, n) -> {
                    String norm = row.getString("norm");
                    LocalDate start = row.getObject("starts_on", LocalDate.class);
                    LocalDate end = row.getObject("ends_on", LocalDate.class);
                    String reason = NormPauseRules.reasonLabel(row.getString("reason_kind"));
                    String note = row.getString("reason_note");
                    timeline.add(new Gebeurtenis(start, local(row.getObject("recorded_at", OffsetDateTime.class)),
                            "Termijn", Norm.labelOf(norm) + ": gepauzeerd vanaf " + DutchDate.format(start),
                            "Reden: " + reason + (note == null ? "" : " – " + note), row.getString("started_by")));
                    if (end == null) {
                        pausedNorms.put(norm, start);
                    } else {
                        timeline.add(new Gebeurtenis(end, local(row.getObject("ended_at", OffsetDateTime.class)),
                                "Termijn", Norm.labelOf(norm) + ": hervat op " + DutchDate.format(end),
                                "Na " + ChronoUnit.DAYS.between(start, end)
                                        + " dagen gepauzeerd; de vervaldatum schuift zo veel op",
                                row.getString("ended_by")));
                    }
                    return null;
                }).list();
        // the coordinator's extensions: asked, approved or refused, by whom and why
        var extendedDays = new java.util.HashMap<Long, Integer>();
        var waiting = new java.util.HashMap<Long, Aanvraag>();
        jdbc.sql("""
                SELECT id, deadline_id, norm, days, reason_kind, reason_note, status, requested_by, requested_at,
                       decided_by, decided_at, decision_note
                FROM deadline_extension WHERE case_id = :id""")
                .param("id", id)
                .query((row, n) -> {
                    String norm = row.getString("norm");
                    int days = row.getInt("days");
                    String status = row.getString("status");
                    String reason = NormPauseRules.reasonLabel(row.getString("reason_kind"));
                    String note = row.getString("reason_note");
                    OffsetDateTime asked = local(row.getObject("requested_at", OffsetDateTime.class));
                    OffsetDateTime decided = local(row.getObject("decided_at", OffsetDateTime.class));
                    String requestedBy = row.getString("requested_by");
                    String decidedBy = row.getString("decided_by");
                    boolean atOnce = "GOEDGEKEURD".equals(status) && requestedBy.equals(decidedBy);
                    timeline.add(new Gebeurtenis(asked.toLocalDate(), asked, "Termijn", Norm.labelOf(norm) + ": "
                            + (atOnce ? "verlengd met " + days + " dagen"
                                    : "verlenging met " + days + " dagen aangevraagd (goedkeuring door een tweede coördinator)"),
                            "Reden: " + reason + (note == null ? "" : " – " + note), requestedBy));
                    if (decided != null && !atOnce) {
                        timeline.add(new Gebeurtenis(decided.toLocalDate(), decided, "Besluit", Norm.labelOf(norm)
                                + ": verlenging met " + days + " dagen "
                                + ("GOEDGEKEURD".equals(status) ? "goedgekeurd" : "afgewezen"),
                                row.getString("decision_note"), decidedBy));
                    }
                    long deadline = row.getLong("deadline_id");
                    if ("GOEDGEKEURD".equals(status)) {
                        extendedDays.merge(deadline, days, Integer::sum);
                    } else if ("AANGEVRAAGD".equals(status)) {
                        waiting.put(deadline, new Aanvraag(row.getLong("id"), days, row.getString("reason_kind"), reason,
                                note, requestedBy, null));
                    }
                    return null;
                }).list();
        var clocks = new ArrayList<Klok>();
        jdbc.sql("""
                SELECT id, norm, round, starts_on, due_on, status, met_on, opened_at FROM case_deadline WHERE case_id = :id
                ORDER BY due_on""")
                .param("id", id)
                .query((row, n) -> {
                    String norm = row.getString("norm");
                    LocalDate due = row.getObject("due_on", LocalDate.class);
                    timeline.add(new Gebeurtenis(row.getObject("starts_on", LocalDate.class),
                            local(row.getObject("opened_at", OffsetDateTime.class)), "Termijn",
                            Norm.labelOf(norm) + ": termijn loopt tot " + DutchDate.format(due), null, null));
                    if ("OPEN".equals(row.getString("status"))) {
                        long deadline = row.getLong("id");
                        clocks.add(new Klok(norm, Norm.labelOf(norm), row.getInt("round"),
                                row.getObject("starts_on", LocalDate.class), due, ChronoUnit.DAYS.between(today, due),
                                paused || pausedNorms.containsKey(norm), pausedNorms.get(norm),
                                extendedDays.getOrDefault(deadline, 0), waiting.get(deadline),
                                Norm.INBURGERINGSTERMIJN.name().equals(norm)));
                    } else if ("MET".equals(row.getString("status"))) {
                        timeline.add(new Gebeurtenis(row.getObject("met_on", LocalDate.class), null, "Termijn",
                                Norm.labelOf(norm) + ": gehaald", null, null));
                    }
                    return null;
                }).list();
        jdbc.sql("""
                SELECT norm, due_on, recorded_at, days_late, action, action_note, action_by, action_at
                FROM norm_breach WHERE case_id = :id""")
                .param("id", id)
                .query((row, n) -> {
                    OffsetDateTime recorded = local(row.getObject("recorded_at", OffsetDateTime.class));
                    timeline.add(new Gebeurtenis(recorded.toLocalDate(), recorded, "Overschrijding",
                            Norm.labelOf(row.getString("norm")) + ": norm overschreden (vervaldatum "
                                    + DutchDate.format(row.getObject("due_on", LocalDate.class)) + ")",
                            null, null));
                    OffsetDateTime actionAt = local(row.getObject("action_at", OffsetDateTime.class));
                    if (actionAt != null) {
                        timeline.add(new Gebeurtenis(actionAt.toLocalDate(), actionAt, "Besluit",
                                "Maatregel bij overschrijding: " + Labels.word(row.getString("action")), row.getString("action_note"),
                                row.getString("action_by")));
                    }
                    return null;
                }).list();
        return clocks;
    }

    private static String duoEvent(String code) {
        return DuoGebeurtenis.of(code).map(event -> "DUO: " + event.description() + " (" + code + ")")
                .orElse(code == null ? "DUO" : code);
    }

    private OffsetDateTime local(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }
}
