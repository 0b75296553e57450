package nl.inburgeringsregie.regie;

import java.util.Map;

import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * What the coordinator asks of the deadline list: filters (each optional), the sort and the page.
 * Values outside the known ones get a Dutch message per field; sort columns come from a fixed list, so
 * nothing the user types reaches the SQL text.
 */
public record RegieFilter(String gemeente, String norm, String consulent, String doelgroep, String leerroute,
        Stand stand, String sorteer, boolean aflopend, int pagina, int grootte, String zoek) {

    /**
     * Late, due within the configured days, or on track; or paused: the case is suspended by a temporary exemption
     * (DUO SS109) and its clocks stand still, so it is neither late nor due (termijn.PausedClocks). The label is what
     * the dashboard's counters say.
     */
    public enum Stand {
        TE_LAAT("te laat"), BINNENKORT("binnenkort"), OP_SCHEMA("op schema"), GEPAUZEERD("gepauzeerd");

        private final String label;

        Stand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final Map<String, String> SORT_COLUMNS = Map.of(
            "vervaldatum", "d.due_on",
            "gemeente", "g.name",
            "norm", "d.norm",
            "consulent", "c.consulent",
            "zaak", "c.case_number",
            "doelgroep", "c.doelgroep",
            "leerroute", "c.leerroute");

    public static final int MAX_PAGE_SIZE = 500;

    public static RegieFilter of(String gemeente, String norm, String consulent, String doelgroep, String leerroute,
            String stand, String sorteer, String richting, Integer pagina, Integer grootte) {
        Stand parsedStand = null;
        if (blank(stand) != null) {
            try {
                parsedStand = Stand.valueOf(stand);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("stand", "Kies TE_LAAT, BINNENKORT, OP_SCHEMA of GEPAUZEERD");
            }
        }
        String sort = blank(sorteer) == null ? "vervaldatum" : sorteer;
        if (!SORT_COLUMNS.containsKey(sort)) {
            throw InvalidInputException.of("sorteer", "Sorteer op een van: " + String.join(", ", SORT_COLUMNS.keySet()));
        }
        if (richting != null && !richting.equals("op") && !richting.equals("af")) {
            throw InvalidInputException.of("richting", "De richting is op of af");
        }
        int page = pagina == null ? 0 : pagina;
        int size = grootte == null ? 100 : grootte;
        if (page < 0) {
            throw InvalidInputException.of("pagina", "De pagina is 0 of hoger");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("grootte", "De paginagrootte ligt tussen 1 en " + MAX_PAGE_SIZE);
        }
        return new RegieFilter(blank(gemeente), blank(norm), blank(consulent), blank(doelgroep), blank(leerroute),
                parsedStand, sort, "af".equals(richting), page, size, null);
    }

    /** The same filter, narrowed to a case number or (part of) a surname ({@code zoek}, at most 100 characters). */
    RegieFilter searching(String text) {
        return new RegieFilter(gemeente, norm, consulent, doelgroep, leerroute, stand, sorteer, aflopend, pagina, grootte,
                search(text));
    }

    static String search(String text) {
        String search = blank(text);
        if (search != null && search.length() > 100) {
            throw InvalidInputException.of("zoek", "Zoek op een zaaknummer of achternaam van ten hoogste 100 tekens");
        }
        return search;
    }

    /**
     * The search as SQL over the case ({@code c}) and its person ({@code p}): the case number exactly, or a part of the
     * surname in any case; the text is a parameter, its LIKE wildcards escaped.
     */
    static void addSearch(StringBuilder sql, Map<String, Object> params, String search) {
        if (search != null) {
            sql.append(" AND (c.case_number = :zoek OR LOWER(p.surname) LIKE :zoekDeel ESCAPE '!')");
            params.put("zoek", search);
            params.put("zoekDeel", "%" + search.toLowerCase(java.util.Locale.ROOT).replace("!", "!!")
                    .replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
