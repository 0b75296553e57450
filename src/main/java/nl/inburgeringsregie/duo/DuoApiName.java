package nl.inburgeringsregie.duo;

/** DUO's M2M APIs, each with the folder of its official OpenAPI file under {@code duo-m2m/API}. */
public enum DuoApiName {
    NOTIFICATIE("Notificatie"),
    PIP("PIP"),
    LEERBAARHEIDSTOETS("Leerbaarheidstoets"),
    MAP_PVT_ZROUTE("MAP-PVT-Zroute"),
    GEVOLGDE_UREN("GevolgdeUren"),
    INBURGERINGSAANBOD("Inburgeringsaanbod"),
    CONTACTPERSOON("Contactpersoon"),
    INBURGERINGSPLICHT("Inburgeringsplicht"),
    INBURGERINGSTERMIJN("Inburgeringstermijn"),
    EXAMEN("Examen"),
    VRIJSTELLING("Vrijstelling"),
    ONTHEFFING("Ontheffing");

    private final String folder;

    DuoApiName(String folder) {
        this.folder = folder;
    }

    /** The classpath location of the official specification. */
    public String specification() {
        return "duo-m2m/API/" + folder + "/openapi.yml";
    }
}
