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
    /**
     * Inburgeringsaanbod API 1.2.0, {@code deleteInburgeringsaanbodByBsnAndInstellingsnumer}: "Verwijderen van een
     * inburgeringsaanbod voor een persoon bij een instelling."
     */
    INBURGERINGSAANBOD_VERWIJDEREN("Inburgeringsaanbod verwijderen", DuoApiName.INBURGERINGSAANBOD, "DELETE",
            "/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}"),
    /**
     * Inburgeringsaanbod API 1.2.0, {@code getInstellingen}: "Raadplegen van een lijst met bekende instellingen met een
     * BoW en/of …" (no person: a gemeente's message without a case).
     */
    INSTELLINGEN_OPVRAGEN("Erkende instellingen opvragen", DuoApiName.INBURGERINGSAANBOD, "GET", "/instellingen"),
    /** PIP API 1.2.0, {@code deletePipByBsn}: "Verwijderen van het actuele PIP voor een persoon". */
    PIP_VERWIJDEREN("PIP verwijderen", DuoApiName.PIP, "DELETE", "/personen/{bsn}/PIP"),
    /**
     * GevolgdeUren API, {@code updateUrenTaallesEnKnmByBSN}: "Muteren van het totaal aantal gevolgde cursusuren
     * Nederlands als tweede taal …" in the brede intake (Besluit inburgering 2021 art. 3.14).
     */
    UREN_BREDE_INTAKE_REGISTREREN("Uren brede intake registreren", DuoApiName.GEVOLGDE_UREN, "PUT",
            "/personen/{bsn}/uren/bredeintake/taallesknm"),
    /** Contactpersoon API, {@code postContactpersoonByBsn}: "Registreren contactpersoon voor een inburgeringsplichtige". */
    CONTACTPERSOON_KOPPELEN("Contactpersoon koppelen", DuoApiName.CONTACTPERSOON, "POST", "/contactpersonen/{id}/personen/{bsn}"),
    /** Contactpersoon API, {@code deleteContactpersoonByBsn}: "Verwijderen contactpersoon voor een inburgeringsplichtige". */
    CONTACTPERSOON_ONTKOPPELEN("Contactpersoon ontkoppelen", DuoApiName.CONTACTPERSOON, "DELETE",
            "/contactpersonen/{id}/personen/{bsn}"),
    /**
     * Contactpersoon API, {@code createContactpersoon}: "Registreren nieuw contactpersoon voor de gemeente" (no person: a
     * gemeente's message without a case; DUO answers the contact person's id).
     */
    CONTACTPERSOON_REGISTREREN("Contactpersoon registreren", DuoApiName.CONTACTPERSOON, "POST", "/contactpersonen"),
    /** Contactpersoon API, {@code updateContactpersoonById}: "Aanpassen contactpersoongegevens". */
    CONTACTPERSOON_WIJZIGEN("Contactpersoon wijzigen", DuoApiName.CONTACTPERSOON, "PUT", "/contactpersonen/{id}"),
    /** Contactpersoon API, {@code deleteContactpersoonById}: "Verwijderen contactpersoon voor de gemeente". */
    CONTACTPERSOON_VERWIJDEREN("Contactpersoon verwijderen", DuoApiName.CONTACTPERSOON, "DELETE", "/contactpersonen/{id}"),
    INBURGERINGSPLICHT_OPVRAGEN("Inburgeringsplicht opvragen", DuoApiName.INBURGERINGSPLICHT, "GET", "/personen/{bsn}/inburgeringsplicht"),
    /**
     * Inburgeringsplicht API, {@code getInburgeringsplichthistorieByBsn}: "Raadplegen van de mutatiehistorie van een
     * persoon zijn Inburgeringsplicht."
     */
    INBURGERINGSPLICHT_HISTORIE_OPVRAGEN("Historie inburgeringsplicht opvragen", DuoApiName.INBURGERINGSPLICHT, "GET",
            "/personen/{bsn}/inburgeringsplicht/historie"),
    DOELGROEP_OPVRAGEN("Doelgroep opvragen", DuoApiName.INBURGERINGSPLICHT, "GET", "/personen/{bsn}/doelgroep"),
    /**
     * Inburgeringsplicht API, {@code getDoelgroephistorieByBsn}: "Raadplegen van de mutatiehistorie van een persoon zijn
     * toegewezen inburgeringsdoelgroep."
     */
    DOELGROEP_HISTORIE_OPVRAGEN("Historie doelgroep opvragen", DuoApiName.INBURGERINGSPLICHT, "GET",
            "/personen/{bsn}/doelgroep/historie"),
    TERMIJN_OPVRAGEN("Inburgeringstermijn opvragen", DuoApiName.INBURGERINGSTERMIJN, "GET", "/personen/{bsn}/inburgeringstermijn"),
    /**
     * Inburgeringstermijn API, {@code getInburgeringstermijnhistorieByBsn}: "Raadplegen van de mutatiehistorie van een
     * persoon zijn Inburgeringstermijn."
     */
    TERMIJN_HISTORIE_OPVRAGEN("Historie inburgeringstermijn opvragen", DuoApiName.INBURGERINGSTERMIJN, "GET",
            "/personen/{bsn}/inburgeringstermijn/historie"),
    /** Inburgeringstermijn API, {@code getVerlengingsgronden}: "Raadplegen van de verlengingsgronden." (no person). */
    VERLENGINGSGRONDEN_OPVRAGEN("Verlengingsgronden opvragen", DuoApiName.INBURGERINGSTERMIJN, "GET", "/verlengingsgronden"),
    EXAMENRESULTATEN_OPVRAGEN("Examenresultaten opvragen", DuoApiName.EXAMEN, "GET", "/personen/{bsn}/examens/resultaten"),
    /**
     * Examen API, {@code getGratisPogingenTegoedByBsn}: "Raadplegen van het aantal gratis examenpogingen dat een persoon
     * nog …".
     */
    GRATISPOGINGEN_OPVRAGEN("Gratis examenpogingen opvragen", DuoApiName.EXAMEN, "GET", "/personen/{bsn}/examens/gratispogingen"),
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
