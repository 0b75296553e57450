package nl.inburgeringsregie.duo;

/**
 * The DUO M2M operations this application calls, each with its API (the folder of DUO's OpenAPI file
 * under {@code duo-m2m/API}), HTTP method and path as the specification gives them. The base path is
 * {@code /v1} before each path (README "Basis pad URI").
 */
public enum DuoOperation {
    /** PIP API: register the PIP in force, first or changed. */
    PIP_REGISTREREN("PIP registreren", DuoApiName.PIP, "POST", "/personen/{bsn}/PIP"),
    /** PIP API: the current PIP as DUO knows it (also one of a previous gemeente). */
    PIP_OPVRAGEN("PIP opvragen", DuoApiName.PIP, "GET", "/personen/{bsn}/PIP"),
    /** Leerbaarheidstoets API: registers the candidate; the answer is the exam number. */
    LBT_EXAMENNUMMER_OPVRAGEN("Examennummer leerbaarheidstoets opvragen", DuoApiName.LEERBAARHEIDSTOETS, "GET", "/personen/{bsn}/lbt/examennummer"),
    /**
     * Leerbaarheidstoets API 1.2.0, {@code deleteExamennummerByBsn}: "Aangeven dat de leerbaarheidstoets is
     * overgeslagen. De LBT aanmelding is daarmee overbodig en het examennummer kan worden ingetrokken."
     */
    LBT_EXAMENNUMMER_INTREKKEN("Examennummer leerbaarheidstoets intrekken", DuoApiName.LEERBAARHEIDSTOETS, "DELETE", "/personen/{bsn}/lbt/examennummer"),
    LBT_RESULTATEN_OPVRAGEN("Uitslag leerbaarheidstoets opvragen", DuoApiName.LEERBAARHEIDSTOETS, "GET", "/personen/{bsn}/lbt/resultaten"),
    MAP_REGISTREREN("MAP registreren", DuoApiName.MAP_PVT_ZROUTE, "PUT", "/personen/{bsn}/map"),
    /** MAP-PVT-Zroute API, {@code getMapByBsn}: "Raadplegen van datum eindgesprek MAP" (also one of a previous gemeente). */
    MAP_OPVRAGEN("Datum eindgesprek MAP opvragen", DuoApiName.MAP_PVT_ZROUTE, "GET", "/personen/{bsn}/map"),
    /** MAP-PVT-Zroute API, {@code getPvtByBsn}: "Raadplegen van datum ondertekening participatieverklaring". */
    PVT_OPVRAGEN("Datum ondertekening PVT opvragen", DuoApiName.MAP_PVT_ZROUTE, "GET", "/personen/{bsn}/pvt"),
    PVT_REGISTREREN("PVT registreren", DuoApiName.MAP_PVT_ZROUTE, "PUT", "/personen/{bsn}/pvt"),
    ZROUTE_REGISTREREN("Z-route registreren", DuoApiName.MAP_PVT_ZROUTE, "PUT", "/personen/{bsn}/zroute"),
    UREN_TAAL_REGISTREREN("Uren taalles registreren", DuoApiName.GEVOLGDE_UREN, "PUT", "/personen/{bsn}/uren/participatietaalles"),
    /**
     * GevolgdeUren API, {@code getGevolgdeUrenByBsn}: "Raadplegen van de gevolgde uren van een inburgeringsplichtige",
     * per gemeente that reported them.
     */
    UREN_OPVRAGEN("Gevolgde uren opvragen", DuoApiName.GEVOLGDE_UREN, "GET", "/personen/{bsn}/uren"),
    UREN_PARTICIPATIE_REGISTREREN("Uren participatie registreren", DuoApiName.GEVOLGDE_UREN, "PUT", "/personen/{bsn}/uren/participatieactiviteiten"),
    /** Inburgeringsaanbod API: the offer of one school (asielmigranten). */
    INBURGERINGSAANBOD_REGISTREREN("Inburgeringsaanbod registreren", DuoApiName.INBURGERINGSAANBOD, "POST",
            "/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}"),
    /** Contactpersoon API: links the case's consulent as contact for the chain. */
    CONTACTPERSOON_KOPPELEN("Contactpersoon koppelen", DuoApiName.CONTACTPERSOON, "POST", "/contactpersonen/{id}/personen/{bsn}"),
    INBURGERINGSPLICHT_OPVRAGEN("Inburgeringsplicht opvragen", DuoApiName.INBURGERINGSPLICHT, "GET", "/personen/{bsn}/inburgeringsplicht"),
    DOELGROEP_OPVRAGEN("Doelgroep opvragen", DuoApiName.INBURGERINGSPLICHT, "GET", "/personen/{bsn}/doelgroep"),
    TERMIJN_OPVRAGEN("Inburgeringstermijn opvragen", DuoApiName.INBURGERINGSTERMIJN, "GET", "/personen/{bsn}/inburgeringstermijn"),
    EXAMENRESULTATEN_OPVRAGEN("Examenresultaten opvragen", DuoApiName.EXAMEN, "GET", "/personen/{bsn}/examens/resultaten"),
    VRIJSTELLINGEN_OPVRAGEN("Vrijstellingen opvragen", DuoApiName.VRIJSTELLING, "GET", "/personen/{bsn}/vrijstellingen"),
    ONTHEFFINGEN_OPVRAGEN("Ontheffingen opvragen", DuoApiName.ONTHEFFING, "GET", "/personen/{bsn}/ontheffingen");

    private final String label;
    private final DuoApiName api;
    private final String method;
    private final String path;

    DuoOperation(String label, DuoApiName api, String method, String path) {
        this.label = label;
        this.api = api;
        this.method = method;
        this.path = path;
    }

    /** The Dutch name coordinators see on a case's timeline. */
    public String label() {
        return label;
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
