package nl.inburgeringsregie.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.pip.PipStatus;
import nl.inburgeringsregie.shared.CaseNotFoundException;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * One case as the coordinator follows it: every step, decision and deadline on one timeline with who
 * and when; its open tasks and running clocks; its PIP versions. Reads the case's rows from the
 * application's tables and its tasks with one engine query each. Every code comes with the words a user
 * reads next to it (…Naam, …Omschrijving): the label of its enumeration, the gemeente's name, and the
 * names of people from the identity service (one query for all of them).
 */
@Service
public class CaseTimeline {

    private final JdbcClient jdbc;
    private final CaseTasks tasks;
    private final People people;
    private final CaseTimelineMessages messages;
    private final CaseTimelineClocks clocks;
    private final Clock clock;

    CaseTimeline(JdbcClient jdbc, CaseTasks tasks, People people, CaseTimelineMessages messages,
            CaseTimelineClocks clocks, Clock clock) {
        this.messages = messages;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.people = people;
        this.clock = clock;
    }

    /** One step on the timeline; {@code door} is the user id, {@code doorNaam} the person's name. */
    public record Gebeurtenis(LocalDate datum, OffsetDateTime tijdstip, String soort, String omschrijving,
            String toelichting, String door, String doorNaam) {

        Gebeurtenis(LocalDate datum, OffsetDateTime tijdstip, String soort, String omschrijving, String toelichting,
                String door) {
            this(datum, tijdstip, soort, omschrijving, toelichting, door, null);
        }

        Gebeurtenis named(Map<String, String> names) {
            return new Gebeurtenis(datum, tijdstip, soort, omschrijving, toelichting, door, nameOf(names, door));
        }
    }

    /**
     * A running clock; {@code gepauzeerd} while the case is suspended by a temporary exemption (DUO SS109) or the
     * coordinator paused its norm ({@code gepauzeerdSinds}, issue 19, point 5); {@code verlengdMetDagen} the days the
     * coordinator extended it by (approved), {@code wachtendeVerlenging} an extension waiting for a second coordinator;
     * {@code wettelijk} for the legal term, which only DUO moves (SS103/SS104): no pause or extension.
     */
    public record Klok(String norm, String omschrijving, int ronde, LocalDate startdatum, LocalDate vervaldatum,
            long dagenOver, boolean gepauzeerd, LocalDate gepauzeerdSinds, int verlengdMetDagen,
            Aanvraag wachtendeVerlenging, boolean wettelijk) {

        Klok(String norm, String omschrijving, int ronde, LocalDate startdatum, LocalDate vervaldatum, long dagenOver,
                boolean gepauzeerd) {
            this(norm, omschrijving, ronde, startdatum, vervaldatum, dagenOver, gepauzeerd, null, 0, null,
                    Norm.INBURGERINGSTERMIJN.name().equals(norm));
        }

        Klok named(Map<String, String> names) {
            return wachtendeVerlenging == null ? this : new Klok(norm, omschrijving, ronde, startdatum, vervaldatum,
                    dagenOver, gepauzeerd, gepauzeerdSinds, verlengdMetDagen, wachtendeVerlenging.named(names), wettelijk);
        }
    }

    /** An extension of a clock asked by one coordinator, waiting for a second one (four eyes). */
    public record Aanvraag(long id, int dagen, String reden, String redenOmschrijving, String toelichting,
            String aangevraagdDoor, String aangevraagdDoorNaam) {

        Aanvraag named(Map<String, String> names) {
            return new Aanvraag(id, dagen, reden, redenOmschrijving, toelichting, aangevraagdDoor,
                    nameOf(names, aangevraagdDoor));
        }
    }

    public record PipVersie(int versie, String status, String statusOmschrijving, String leerroute,
            String leerrouteOmschrijving, String niveau, LocalDate dagtekening, String opgesteldDoor,
            String opgesteldDoorNaam, String beoordeeldDoor, String beoordeeldDoorNaam, String wijzigingsreden) {

        PipVersie named(Map<String, String> names) {
            return new PipVersie(versie, status, statusOmschrijving, leerroute, leerrouteOmschrijving, niveau,
                    dagtekening, opgesteldDoor, nameOf(names, opgesteldDoor), beoordeeldDoor,
                    nameOf(names, beoordeeldDoor), wijzigingsreden);
        }
    }

    public record Zaak(String zaaknummer, String naam, String gemeente, String gemeenteNaam, String doelgroep,
            String doelgroepOmschrijving, String fase, String faseOmschrijving, String consulent,
            String consulentNaam, String leerroute, String leerrouteOmschrijving, LocalDate termijnStart,
            LocalDate termijnEinde, List<Klok> klokken, List<CaseTasks.Taak> openTaken, List<PipVersie> pipVersies,
            List<Gebeurtenis> tijdlijn) {
    }

    private record Header(long id, String caseNumber, String name, String gemeente, String gemeenteName,
            String doelgroep, String phase, String consulent, String leerroute, LocalDate termStart,
            LocalDate termEnd) {
    }

    public Zaak of(String caseNumber, Set<String> gemeenten) {
        Header header = jdbc.sql("""
                SELECT c.id, c.case_number, p.given_names, p.surname, c.gemeente_code, g.name AS gemeente_name,
                       c.doelgroep, c.phase, c.consulent, c.leerroute, c.term_starts_on, c.term_ends_on
                FROM integration_case c JOIN person p ON p.id = c.person_id JOIN gemeente g ON g.code = c.gemeente_code
                WHERE c.case_number = :n""")
                .param("n", caseNumber)
                .query((row, n) -> new Header(row.getLong("id"), row.getString("case_number"),
                        row.getString("given_names") + " " + row.getString("surname"), row.getString("gemeente_code"),
                        row.getString("gemeente_name"), row.getString("doelgroep"), row.getString("phase"), row.getString("consulent"),
                        row.getString("leerroute"), row.getObject("term_starts_on", LocalDate.class),
                        row.getObject("term_ends_on", LocalDate.class)))
                .optional().filter(found -> gemeenten.contains(found.gemeente()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        long id = header.id();
        LocalDate today = LocalDate.now(clock);
        var timeline = new ArrayList<Gebeurtenis>();
        // the periods of a temporary exemption come from case_suspension, every one of them (a milestone keeps the latest)
        jdbc.sql("""
                SELECT milestone, occurred_on, note, recorded_at, recorded_by FROM case_milestone
                WHERE case_id = :id AND milestone NOT IN ('SUSPENDED', 'RESUMED')""")
                .param("id", id)
                .query((row, n) -> timeline.add(new Gebeurtenis(row.getObject("occurred_on", LocalDate.class),
                        local(row.getObject("recorded_at", OffsetDateTime.class)), "Mijlpaal",
                        Milestone.labelOf(row.getString("milestone")), row.getString("note"), row.getString("recorded_by"))))
                .list();
        reassignments(id).forEach(timeline::add);
        jdbc.sql("SELECT kind, occurred_on, recorded_at, recorded_by FROM case_report WHERE case_id = :id")
                .param("id", id)
                .query((row, n) -> timeline.add(new Gebeurtenis(row.getObject("occurred_on", LocalDate.class),
                        local(row.getObject("recorded_at", OffsetDateTime.class)), "Verslag",
                        "Verslag " + Labels.word(row.getString("kind")).toLowerCase(Locale.ROOT), null,
                        row.getString("recorded_by"))))
                .list();
        List<Klok> clocks = this.clocks.of(id, today, timeline);
        var pips = jdbc.sql("""
                SELECT version, status, leerroute, niveau, dagtekening, drafted_by, drafted_at, reviewed_by, reviewed_at,
                       review_remarks, change_reason
                FROM pip WHERE case_id = :id ORDER BY version""")
                .param("id", id)
                .query((row, n) -> {
                    OffsetDateTime reviewed = local(row.getObject("reviewed_at", OffsetDateTime.class));
                    if (reviewed != null) {
                        timeline.add(new Gebeurtenis(reviewed.toLocalDate(), reviewed, "Besluit",
                                // a withdrawn PIP was approved at its review; its withdrawal is milestone PIP_WITHDRAWN
                                "PIP versie " + row.getInt("version") + ": " + status("INGETROKKEN".equals(row.getString(
                                        "status")) ? "VASTGESTELD" : row.getString("status")).toLowerCase(Locale.ROOT),
                                row.getString("review_remarks"), row.getString("reviewed_by")));
                    }
                    return new PipVersie(row.getInt("version"), row.getString("status"), status(row.getString("status")),
                            row.getString("leerroute"), route(row.getString("leerroute")), row.getString("niveau"),
                            row.getObject("dagtekening", LocalDate.class), row.getString("drafted_by"), null,
                            row.getString("reviewed_by"), null, row.getString("change_reason"));
                }).list();
        timeline.addAll(messages.of(id));
        List<CaseTasks.Taak> open = tasks.open(caseNumber);
        for (var task : tasks.done(caseNumber)) {
            timeline.add(new Gebeurtenis(task.afgerond().toLocalDate(), task.afgerond(), "Taak",
                    task.naam() + " afgerond", null, task.toegewezenAan()));
        }
        timeline.sort(Comparator.comparing(Gebeurtenis::datum)
                .thenComparing(Gebeurtenis::tijdstip, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, String> names = people.names(Stream.of(Stream.of(header.consulent()),
                timeline.stream().map(Gebeurtenis::door), open.stream().map(CaseTasks.Taak::toegewezenAan),
                pips.stream().flatMap(pip -> Stream.of(pip.opgesteldDoor(), pip.beoordeeldDoor())))
                .flatMap(ids -> ids).filter(Objects::nonNull).distinct().toList());
        return new Zaak(header.caseNumber(), header.name(), header.gemeente(), header.gemeenteName(),
                header.doelgroep(), Labels.of(Doelgroep.class, header.doelgroep(), Doelgroep::label), header.phase(),
                Labels.of(CasePhase.class, header.phase(), CasePhase::label), header.consulent(),
                nameOf(names, header.consulent()), header.leerroute(), route(header.leerroute()), header.termStart(),
                header.termEnd(), clocks.stream().map(clock -> clock.named(names)).toList(),
                open.stream().map(task -> task.named(nameOf(names, task.toegewezenAan()),
                        people.groupName(task.groep()))).toList(),
                pips.stream().map(pip -> pip.named(names)).toList(),
                timeline.stream().map(step -> step.named(names)).toList());
    }

    private record Handover(OffsetDateTime at, String to, String by, String reason) {
    }

    /**
     * Every time the case changed hands (CaseReassignment; issue 19, point 4): "Zaak overgedragen aan Bram Bakker door
     * Carla Jansen: reden", the people by name, the reason as the coordinator wrote it (the page shows it as text).
     */
    private List<Gebeurtenis> reassignments(long caseId) {
        var handovers = jdbc.sql("""
                SELECT to_consulent, reason, reassigned_at, reassigned_by FROM case_reassignment WHERE case_id = :id
                ORDER BY id""")
                .param("id", caseId)
                .query((row, n) -> new Handover(local(row.getObject("reassigned_at", OffsetDateTime.class)),
                        row.getString("to_consulent"), row.getString("reassigned_by"), row.getString("reason")))
                .list();
        if (handovers.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = people.names(handovers.stream().flatMap(h -> Stream.of(h.to(), h.by())).toList());
        return handovers.stream().map(h -> new Gebeurtenis(h.at().toLocalDate(), h.at(), "Overdracht",
                "Zaak overgedragen aan " + nameOf(names, h.to()) + " door " + nameOf(names, h.by()) + ": " + h.reason(),
                null, h.by())).toList();
    }

    /**
     * DUO's event that suspended or resumed the case (stored by its code, SS109, SS130 …) in DUO's own words with the
     * code beside them: "DUO: Tijdelijke vrijstelling toegekend (SS109)"; an unknown code as it is.
     */
    private static String route(String leerroute) {
        return Labels.of(Leerroute.class, leerroute, Leerroute::label);
    }

    private static String status(String pipStatus) {
        return Labels.of(PipStatus.class, pipStatus, PipStatus::label);
    }

    /** The person's name, or the id itself when the identity service knows no such user (a system account). */
    private static String nameOf(Map<String, String> names, String userId) {
        return userId == null ? null : names.getOrDefault(userId, userId);
    }

    /**
     * A stored moment in the application's zone: PostgreSQL hands back UTC, so the day on the timeline
     * (and its order) would otherwise be the UTC day.
     */
    private OffsetDateTime local(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }
}
