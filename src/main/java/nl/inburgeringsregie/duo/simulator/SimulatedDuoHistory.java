package nl.inburgeringsregie.duo.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated DUO's answers to the reads of the case page (issue 20, point 5) that it derives from what it knows of a
 * person ({@link SimulatedDuo.Person}): the histories of obligation, doelgroep and term, and the free exam attempts. The
 * simulator keeps no mutation history, so a history is what it can tell from the current state; the shapes are those of
 * DUO's files (Inburgeringsplicht API: Inburgeringsplichthistorie, Doelgroephistorie; Inburgeringstermijn API:
 * Inburgeringstermijnhistorie; Examen API: GratisPogingTegoed).
 */
final class SimulatedDuoHistory {

    /**
     * The free attempts per part a person starts with. DUO's files give only the count DUO holds ("gratisPogingenTegoed",
     * 0..99), not the rule; the simulator's own assumption: a first attempt and one free resit per part.
     */
    static final int FREE_ATTEMPTS = 2;

    /** The parts of the exam (Examen API, ExamenonderdeelWI2021Inburgering). */
    static final List<String> PARTS = List.of("KNM", "LE", "LU", "SC", "SP");

    private SimulatedDuoHistory() {
    }

    /** Per part: {@link #FREE_ATTEMPTS} minus each exam result DUO holds for it, never below 0. */
    static List<Map<String, Object>> gratisPogingen(SimulatedDuo.Person person) {
        List<Map<String, Object>> answer = new ArrayList<>();
        List<Map<String, Object>> examens;
        synchronized (person.examens) {
            examens = List.copyOf(person.examens);
        }
        for (String part : PARTS) {
            long used = examens.stream().filter(result -> part.equals(result.get("onderdeel"))).count();
            answer.add(Map.of("onderdeel", part, "gratisPogingenTegoed", (int) Math.max(0, FREE_ATTEMPTS - used)));
        }
        return answer;
    }

    /** The obligation as it stands, as the one period the simulator knows. */
    static List<Map<String, Object>> plichtHistorie(SimulatedDuo.Person person) {
        var item = new LinkedHashMap<String, Object>();
        item.put("indicatorInburgeringsplicht", person.plichtig);
        putDate(item, "begindatum", person.plichtBegin);
        putDate(item, "einddatum", person.plichtEinde);
        return List.of(item);
    }

    /** The doelgroep as it stands, from its begindatum when set. */
    static List<Map<String, Object>> doelgroepHistorie(SimulatedDuo.Person person) {
        var item = new LinkedHashMap<String, Object>();
        item.put("indeling", person.doelgroep);
        putDate(item, "begindatum", person.doelgroepBegin);
        return List.of(item);
    }

    /**
     * The term as first set (three years from its start, Wet inburgering 2021 art. 7; einddatum exclusive as DUO gives
     * it) and, when it now ends later or earlier, the change with its verlengingsgrond. Null (404) without a term, as
     * the term's own read.
     */
    static List<Map<String, Object>> termijnHistorie(SimulatedDuo.Person person) {
        if (person.termijnStart == null || person.termijnEinde == null) {
            return null;
        }
        List<Map<String, Object>> answer = new ArrayList<>();
        LocalDate firstEnd = person.termijnStart.plusYears(3);
        var first = new LinkedHashMap<String, Object>();
        first.put("einddatum", firstEnd.toString());
        first.put("wijzigingsdatum", person.termijnStart.toString());
        answer.add(first);
        LocalDate currentEnd = person.termijnEinde.plusDays(1);
        if (!currentEnd.equals(firstEnd)) {
            var change = new LinkedHashMap<String, Object>();
            change.put("einddatum", currentEnd.toString());
            if (person.verlengingsgrond != null) {
                change.put("verlengingsgrondomschrijving", person.verlengingsgrond);
            }
            answer.add(change);
        }
        return answer;
    }

    private static void putDate(Map<String, Object> answer, String field, LocalDate date) {
        if (date != null) {
            answer.put(field, date.toString());
        }
    }
}
