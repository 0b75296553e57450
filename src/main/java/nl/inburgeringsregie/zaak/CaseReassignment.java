package nl.inburgeringsregie.zaak;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.CaseNotFoundException;
import nl.inburgeringsregie.shared.CaseStateException;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.shared.validation.PlainText;

/**
 * A coordinator hands one case, or many (the caseload of a consulent who leaves), to another consulent of the same
 * gemeente (issue 19, point 4). Why: one caseworker per household for the whole trajectory (seed 001, "één gezin, één
 * plan"), and the question what happens when that caseworker leaves (seed 003, question 12: "plan is 1 iemand 4 jaar
 * dezelfde casemanager... wat als de werknemers toch allemaal weglopen naar leukere gemeenten"). The case's consulent
 * and its open consulent tasks move together, and the handover is recorded with who, when and why.
 * <p>
 * All or nothing: every case and the new consulent are checked before anything is written, and all is written in one
 * transaction (the engine's task changes join it). A case outside the coordinator's gemeenten does not exist for them
 * (404, as a missing one); a consulent who does not serve a case's gemeente is bad input (400, field consulent).
 */
@Service
public class CaseReassignment {

    /** The longest reason: a sentence or two, as the timeline shows it. */
    public static final int MAX_REASON = 500;
    /** The most cases in one request: a whole caseload (issue 19: a bulk of 500 within 5 s). */
    public static final int MAX_CASES = 500;

    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final People people;
    private final ConsulentChanges consulentChanges;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseReassignment(CaseRepository cases, CaseWorkflow workflow, People people, ConsulentChanges consulentChanges,
            JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.consulentChanges = consulentChanges;
        this.workflow = workflow;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What changed: the cases handed over (with the number of tasks that moved), and those that had this consulent. */
    public record Result(String consulent, String consulentNaam, Map<String, Integer> overgedragen,
            List<String> ongewijzigd) {
    }

    /**
     * Hands the cases to the consulent.
     *
     * @param gemeenten the gemeenten of the coordinator: only their cases exist for them
     * @throws InvalidInputException without cases, consulent or reason, or for a consulent who does not serve the
     *                               gemeente of every case
     * @throws CaseNotFoundException for a case that does not exist or lies outside the gemeenten
     * @throws CaseStateException    for a closed case
     */
    @Transactional
    public Result reassign(List<String> caseNumbers, String consulent, String reason, String coordinator,
            Collection<String> gemeenten) {
        var errors = new LinkedHashMap<String, String>();
        var numbers = new LinkedHashSet<String>();
        if (caseNumbers == null || caseNumbers.isEmpty()) {
            errors.put("zaaknummers", "Kies ten minste één zaak");
        } else if (caseNumbers.size() > MAX_CASES) {
            errors.put("zaaknummers", "Te veel zaken: maximaal " + MAX_CASES + " per keer");
        } else if (caseNumbers.stream().anyMatch(number -> number == null || number.isBlank())) {
            errors.put("zaaknummers", "Een zaaknummer is leeg");
        } else {
            caseNumbers.forEach(number -> numbers.add(number.strip()));
        }
        if (consulent == null || consulent.isBlank()) {
            errors.put("consulent", "Kies de consulent aan wie u de zaak overdraagt");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reden", "Schrijf op waarom de zaak wordt overgedragen");
        } else if (reason.strip().length() > MAX_REASON) {
            errors.put("reden", "Te lang: maximaal " + MAX_REASON + " tekens");
        } else if (!PlainText.Check.isPlain(reason)) {
            errors.put("reden", "Gebruik alleen zichtbare tekens op één regel (geen tabs, regeleinden of onzichtbare tekens)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var found = new ArrayList<IntegrationCase>();
        for (String number : numbers) {
            // another gemeente's case does not exist for this coordinator: the same 404 as a missing one
            var aCase = cases.findByNumber(number).filter(c -> gemeenten.contains(c.gemeenteCode()))
                    .orElseThrow(() -> new CaseNotFoundException(number));
            if (!aCase.isOpen()) {
                throw new CaseStateException("Zaak " + number + " is afgesloten en kan niet meer worden overgedragen");
            }
            found.add(aCase);
        }
        String to = consulent.strip();
        var served = new HashMap<String, Map<String, String>>();
        for (var aCase : found) {
            var consulenten = served.computeIfAbsent(aCase.gemeenteCode(), people::consulentenOf);
            if (!consulenten.containsKey(to)) {
                throw InvalidInputException.of("consulent", notServing(to, aCase));
            }
        }
        String toName = served.values().iterator().next().get(to);
        var unchanged = new ArrayList<String>();
        var handedOver = new ArrayList<IntegrationCase>();
        var fromPerCase = new LinkedHashMap<String, String>();
        for (var aCase : found) {
            if (to.equals(aCase.consulent())) {
                unchanged.add(aCase.caseNumber());
            } else {
                handedOver.add(aCase);
                fromPerCase.put(aCase.caseNumber(), aCase.consulent());
            }
        }
        for (var aCase : handedOver) {
            cases.changeConsulent(aCase.id(), to);
        }
        // the tasks of all cases at once: one engine query per chunk of cases, not one per case (issue 19: 500 in 5 s);
        // should the engine fail, the consulenten written above are rolled back with it
        Map<String, Integer> tasks = fromPerCase.isEmpty() ? Map.of() : workflow.handOverConsulentTasks(fromPerCase, to);
        var moved = new LinkedHashMap<String, Integer>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (var aCase : handedOver) {
            int movedTasks = tasks.getOrDefault(aCase.caseNumber(), 0);
            jdbc.sql("""
                    INSERT INTO case_reassignment (case_id, from_consulent, to_consulent, reason, tasks_moved,
                                                   reassigned_at, reassigned_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(aCase.id(), aCase.consulent(), to, reason.strip(), movedTasks, now, coordinator).update();
            moved.put(aCase.caseNumber(), movedTasks);
        }
        if (!handedOver.isEmpty()) {
            var gemeentePerCase = new LinkedHashMap<Long, String>();
            handedOver.forEach(aCase -> gemeentePerCase.put(aCase.id(), aCase.gemeenteCode()));
            consulentChanges.reassigned(gemeentePerCase);
        }
        return new Result(to, toName, moved, unchanged);
    }

    /** The consulenten who may take a case of the gemeente: id and full name. */
    public Map<String, String> consulentenOf(String gemeenteCode) {
        return people.consulentenOf(gemeenteCode);
    }

    private String notServing(String userId, IntegrationCase aCase) {
        String name = people.names(List.of(userId)).getOrDefault(userId, userId);
        String gemeente = jdbc.sql("SELECT name FROM gemeente WHERE code = ?").param(aCase.gemeenteCode())
                .query(String.class).optional().orElse(aCase.gemeenteCode());
        return name + " is geen consulent van " + gemeente + " (zaak " + aCase.caseNumber()
                + "); kies een consulent die voor die gemeente werkt";
    }
}
