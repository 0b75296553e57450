package nl.inburgeringsregie.leesbaarheid;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET endpoint of the application a case can be read through, taken from Spring's own mappings (issue 24, point
 * 1): nothing is listed by hand but the few that are bound to no case, each with its reason, and who may read what
 * (SecurityConfiguration). A new endpoint under one of {@link #FAMILIES} joins by construction; one with a path
 * variable other than {@code {zaaknummer}} fails the family until it is filled here or listed as not case-bound.
 */
final class ReadEndpoints {

    /** The read families of issue 24: the case API, the regie API and pages, and the archive and privacy reads. */
    static final List<String> FAMILIES = List.of("/api/zaken", "/api/regie", "/regie", "/api/archief",
            "/api/verwerkingen");

    /** Endpoints with a path variable that no case fills, and why they are not read per case. */
    static final Map<String, String> NOT_CASE_BOUND = Map.of(
            "/api/archief/vernietigingslijsten/{id}",
            "one vernietigingslijst, not a case; read by DestructionScenarioTest and VernietigingBrowserTest");

    /** Endpoints without a path variable that take the case by a query parameter: read per case with it. */
    static final Map<String, String> CASE_BY_QUERY = Map.of(
            "/api/regie/mijn-zaken", "team=ja&zoek={zaaknummer}",
            "/api/regie/termijnen", "zoek={zaaknummer}&grootte=500",
            "/api/regie/termijnen.csv", "zoek={zaaknummer}",
            "/api/verwerkingen", "bsn={bsn}",
            "/api/verwerkingen.csv", "bsn={bsn}",
            "/regie/zaak", "zaaknummer={zaaknummer}");

    /** The roles whose reads are checked, by their demo user. */
    static final List<String> ROLES = List.of("consulent", "coordinator", "analist", "privacy", "archivaris");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private ReadEndpoints() {
    }

    /** Every GET path pattern of the application under {@link #FAMILIES}, sorted. */
    static Set<String> of(RequestMappingHandlerMapping mappings) {
        var paths = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String path : info.getPatternValues()) {
                if (FAMILIES.stream().anyMatch(family -> path.equals(family) || path.startsWith(family + "/")
                        || path.startsWith(family + "."))) {
                    paths.add(path);
                }
            }
        });
        return paths;
    }

    /** The path variables of a pattern. */
    static Set<String> variables(String path) {
        var names = new TreeSet<String>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static boolean caseBound(String path) {
        return variables(path).equals(Set.of("zaaknummer")) || CASE_BY_QUERY.containsKey(path);
    }

    /** The path (with query) for the case: its number and its person's BSN filled in. */
    static String forCase(String path, String caseNumber, String bsn) {
        String query = CASE_BY_QUERY.get(path);
        String filled = path.replace("{zaaknummer}", caseNumber);
        return query == null ? filled : filled + "?" + query.replace("{zaaknummer}", caseNumber).replace("{bsn}", bsn);
    }

    /**
     * The roles that may read the path, as SecurityConfiguration grants them (its lists CASEWORK, ARCHIVE_SHARED and
     * ARCHIVE read, not copied): /api/zaken/** for consulenten and coordinatoren, the archive for coordinatoren and
     * archivarissen, the processing log for the privacy officer, the consulent's reads of /regie for consulenten and
     * coordinatoren, the rest of /regie for coordinatoren. Every other role is refused.
     */
    static Set<String> readers(String path) {
        if (path.startsWith("/api/zaken/")) {
            return Set.of("consulent", "coordinator");
        }
        if (path.startsWith("/api/verwerkingen")) {
            return Set.of("privacy");
        }
        if (path.equals("/regie/inloggen")) {
            return Set.copyOf(ROLES);
        }
        var readers = new java.util.HashSet<String>();
        if (path.startsWith("/api/archief/") || matches(SECURITY_LIST.apply("ARCHIVE"), path)) {
            readers.addAll(Set.of("coordinator", "archivaris"));
        }
        if (matches(SECURITY_LIST.apply("ARCHIVE_SHARED"), path)) {
            readers.addAll(Set.of("consulent", "coordinator", "archivaris"));
        }
        if (matches(SECURITY_LIST.apply("CASEWORK"), path)) {
            readers.addAll(Set.of("consulent", "coordinator"));
        }
        readers.add("coordinator");
        return readers;
    }

    private static boolean matches(List<String> patterns, String path) {
        var matcher = new org.springframework.util.AntPathMatcher();
        return patterns.stream().anyMatch(pattern -> matcher.match(pattern, path) || pattern.equals(path));
    }

    /** One of SecurityConfiguration's path lists, read where it is kept. */
    @SuppressWarnings("unchecked")
    private static final java.util.function.Function<String, List<String>> SECURITY_LIST = name -> {
        try {
            var field = Class.forName("nl.inburgeringsregie.security.SecurityConfiguration").getDeclaredField(name);
            field.setAccessible(true);
            return (List<String>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SecurityConfiguration." + name, e);
        }
    };
}
