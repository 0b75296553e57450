package nl.inburgeringsregie.regie;

import java.util.Arrays;
import java.util.Map;

import nl.inburgeringsregie.regie.RegieFilter.Stand;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CasePhase;

/**
 * What a user asks of Mijn zaken: whose cases ({@code consulent}: one consulent's; {@code team}: every consulent's of
 * the user's gemeenten; neither: a consulent's own, a coordinator's whole team), filters (each optional; {@code zoek}
 * is a case number or part of a surname), the sort and the page. Values outside the known ones get a Dutch message per field; sort columns come from a fixed list, so
 * nothing the user types reaches the SQL text.
 */
record CaseloadFilter(String consulent, boolean team, String gemeente, String fase, String doelgroep,
        String leerroute, String zoek, Stand stand, String sorteer, boolean aflopend, int pagina, int grootte) {

    /** The sortable columns (the page's column headers) and their SQL over the caseload's inner query. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "volgende", "x.next_due",
            "zaak", "x.case_number",
            "naam", "x.surname",
            "gemeente", "x.gemeente_name",
            "fase", "x.phase",
            "consulent", "x.consulent",
            "leerroute", "x.leerroute");

    static CaseloadFilter of(Map<String, String> query) {
        var deadlineFilter = RegieFilter.of(query.get("gemeente"), null, query.get("consulent"),
                query.get("doelgroep"), query.get("leerroute"), query.get("stand"), null, query.get("richting"),
                RegieController.number("pagina", query.get("pagina")),
                RegieController.number("grootte", query.get("grootte")));
        String sort = blank(query.get("sorteer")) == null ? "volgende" : query.get("sorteer").strip();
        if (!SORT_COLUMNS.containsKey(sort)) {
            throw InvalidInputException.of("sorteer", "Sorteer op een van: " + String.join(", ", SORT_COLUMNS.keySet()));
        }
        String team = blank(query.get("team"));
        if (team != null && !team.equals("ja") && !team.equals("nee")) {
            throw InvalidInputException.of("team", "Kies ja of nee");
        }
        return new CaseloadFilter(deadlineFilter.consulent(), "ja".equals(team), deadlineFilter.gemeente(),
                openPhase(blank(query.get("fase"))), deadlineFilter.doelgroep(), deadlineFilter.leerroute(),
                search(query.get("zoek")), deadlineFilter.stand(),
                sort, deadlineFilter.aflopend(), deadlineFilter.pagina(), deadlineFilter.grootte());
    }

    /** A phase of an open case (CasePhase), by its code; a closed case is not in anyone's caseload. */
    private static String openPhase(String phase) {
        if (phase == null) {
            return null;
        }
        boolean open = Arrays.stream(CasePhase.values())
                .anyMatch(known -> known != CasePhase.CLOSED && known.name().equals(phase));
        if (!open) {
            throw InvalidInputException.of("fase", "Kies een fase van een lopende zaak");
        }
        return phase;
    }

    private static String search(String text) {
        return RegieFilter.search(text);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
