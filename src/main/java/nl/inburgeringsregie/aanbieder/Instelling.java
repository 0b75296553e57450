package nl.inburgeringsregie.aanbieder;

/**
 * One item of DUO's answer to {@code GET /instellingen} (Inburgeringsaanbod API, schema Instelling), the fields the
 * application keeps.
 */
record Instelling(String instellingsnummer, String naam, String plaatsnaam, String bow, String brin,
        boolean indicatieBowKeurmerk, boolean indicatieTstKeurmerk) {
}
