package nl.inburgeringsregie.shared;

import java.util.List;

/** The user groups of the application; each maps onto one role in DOMAIN.md. */
public final class Groups {

    public static final String CONSULENTEN = "consulenten";
    public static final String COORDINATOREN = "coordinatoren";
    public static final String ANALISTEN = "analisten";
    /** Camunda's own administrators' group. */
    public static final String ADMIN = "camunda-admin";
    /** Technical accounts of coupled systems (COA's TVS coupling); only the application's API. */
    public static final String KOPPELINGEN = "koppelingen";

    /** DUO's account on the Notificatie API: it may only deliver notifications. */
    public static final String DUO = "duo";

    /** The gemeente's monitoring (Prometheus): only reads the metrics and the health endpoint (issue 21, point 2). */
    public static final String MONITORING = "monitoring";

    /**
     * The privacy officer (functionaris gegevensbescherming or privacy officer of the gemeente, issue 21 point 3): the
     * only reader of the processing log (AVG art. 15, inzageverzoek; docs/privacy.md). No Camunda permissions.
     */
    public static final String PRIVACY = "privacy";

    /**
     * The archivist (archivaris of the gemeente, issue 21 point 4): places and lifts legal holds on closed cases and
     * approves a destruction list beside a coordinator of the gemeente (four eyes, Archiefwet 1995 art. 3 and
     * Archiefbesluit 1995 art. 8); reads the verklaringen van vernietiging. Reads no case file. No Camunda permissions.
     */
    public static final String ARCHIVARISSEN = "archivarissen";

    public static final List<String> ALL = List.of(CONSULENTEN, COORDINATOREN, ANALISTEN, ADMIN, KOPPELINGEN, DUO,
            MONITORING, PRIVACY, ARCHIVARISSEN);

    private Groups() {
    }

    /** The Spring Security authority of a group. */
    public static String authority(String groupId) {
        return "GROUP_" + groupId;
    }

    public static String displayName(String groupId) {
        return switch (groupId) {
            case CONSULENTEN -> "Consulenten";
            case COORDINATOREN -> "Coördinatoren";
            case ANALISTEN -> "Procesanalisten en functioneel beheer";
            case ADMIN -> "Beheerders";
            case KOPPELINGEN -> "Koppelingen (systeemaccounts)";
            case DUO -> "DUO (Notificatie API)";
            case MONITORING -> "Monitoring (systeemaccount)";
            case PRIVACY -> "Privacyfunctionarissen";
            case ARCHIVARISSEN -> "Archivarissen";
            default -> groupId;
        };
    }
}
