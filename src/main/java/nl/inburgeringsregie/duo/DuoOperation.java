package nl.inburgeringsregie.duo;

/**
 * The DUO M2M operations this application calls, each with its API (the folder of DUO's OpenAPI file
 * under {@code duo-m2m/API}), HTTP method and path as the specification gives them. The base path is
 * {@code /v1} before each path (README "Basis pad URI").
 */
public enum DuoOperation {
    /** PIP API: register the PIP in force, first or changed. */
    PIP_REGISTREREN(DuoApiName.PIP, "POST", "/personen/{bsn}/PIP"),
    /** PIP API: the current PIP as DUO knows it (also one of a previous gemeente). */
    PIP_OPVRAGEN(DuoApiName.PIP, "GET", "/personen/{bsn}/PIP"),
    /** Leerbaarheidstoets API: registers the candidate; the answer is the exam number. */
    LBT_EXAMENNUMMER_OPVRAGEN(DuoApiName.LEERBAARHEIDSTOETS, "GET", "/personen/{bsn}/lbt/examennummer"),
    LBT_RESULTATEN_OPVRAGEN(DuoApiName.LEERBAARHEIDSTOETS, "GET", "/personen/{bsn}/lbt/resultaten"),
    MAP_REGISTREREN(DuoApiName.MAP_PVT_ZROUTE, "PUT", "/personen/{bsn}/map"),
    PVT_REGISTREREN(DuoApiName.MAP_PVT_ZROUTE, "PUT", "/personen/{bsn}/pvt"),
    ZROUTE_REGISTREREN(DuoApiName.MAP_PVT_ZROUTE, "PUT", "/personen/{bsn}/zroute"),
    UREN_TAAL_REGISTREREN(DuoApiName.GEVOLGDE_UREN, "PUT", "/personen/{bsn}/uren/participatietaalles"),
    UREN_PARTICIPATIE_REGISTREREN(DuoApiName.GEVOLGDE_UREN, "PUT", "/personen/{bsn}/uren/participatieactiviteiten"),
    /** Inburgeringsaanbod API: the offer of one school (asielmigranten). */
    INBURGERINGSAANBOD_REGISTREREN(DuoApiName.INBURGERINGSAANBOD, "POST",
            "/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}"),
    /** Contactpersoon API: links the case's consulent as contact for the chain. */
    CONTACTPERSOON_KOPPELEN(DuoApiName.CONTACTPERSOON, "POST", "/contactpersonen/{id}/personen/{bsn}"),
    INBURGERINGSPLICHT_OPVRAGEN(DuoApiName.INBURGERINGSPLICHT, "GET", "/personen/{bsn}/inburgeringsplicht"),
    DOELGROEP_OPVRAGEN(DuoApiName.INBURGERINGSPLICHT, "GET", "/personen/{bsn}/doelgroep"),
    TERMIJN_OPVRAGEN(DuoApiName.INBURGERINGSTERMIJN, "GET", "/personen/{bsn}/inburgeringstermijn"),
    EXAMENRESULTATEN_OPVRAGEN(DuoApiName.EXAMEN, "GET", "/personen/{bsn}/examens/resultaten"),
    VRIJSTELLINGEN_OPVRAGEN(DuoApiName.VRIJSTELLING, "GET", "/personen/{bsn}/vrijstellingen"),
    ONTHEFFINGEN_OPVRAGEN(DuoApiName.ONTHEFFING, "GET", "/personen/{bsn}/ontheffingen");

    private final DuoApiName api;
    private final String method;
    private final String path;

    DuoOperation(DuoApiName api, String method, String path) {
        this.api = api;
        this.method = method;
        this.path = path;
    }

    public DuoApiName api() {
        return api;
    }

    public String method() {
        return method;
    }

    /** The path as in the specification, with {@code {bsn}} and other placeholders. */
    public String path() {
        return path;
    }
}
