package nl.inburgeringsregie.duo;

/**
 * What the processes tell DUO. Each call is durable when it returns: the message is stored in the
 * outbox in the caller's transaction and delivered from there with retries (the DUO client).
 */
public interface DuoGateway {

    /** Registers the PIP in force with DUO ({@code POST /personen/{bsn}/PIP}). */
    void registerPip(String caseNumber);

    /**
     * Removes the case's PIP at DUO after a coordinator withdrew it ({@code DELETE /personen/{bsn}/PIP}, deletePipByBsn:
     * "Verwijderen van het actuele PIP voor een persoon").
     */
    void removePip(String caseNumber);

    /**
     * Asks DUO for an exam number to plan the leerbaarheidstoets ({@code GET /personen/{bsn}/lbt/examennummer})
     * and keeps it on the case: the gemeente books the test with it.
     *
     * @return DUO's exam number (schema Examennummer, at most 12 characters)
     */
    String registerLeerbaarheidstoets(String caseNumber);

    /**
     * The test is skipped after the registration: withdraws the case's exam number at DUO
     * ({@code DELETE /personen/{bsn}/lbt/examennummer}, "Aangeven dat de leerbaarheidstoets is overgeslagen. De
     * LBT aanmelding is daarmee overbodig en het examennummer kan worden ingetrokken.").
     *
     * @return the exam number withdrawn; empty when the case has none (nothing is sent)
     */
    java.util.Optional<String> withdrawLeerbaarheidstoets(String caseNumber);

    /** The eindgesprek MAP ({@code PUT /personen/{bsn}/map}, ResultaatMap). */
    void registerMap(String caseNumber, java.time.LocalDate date, boolean culpablyLate);

    /**
     * The term passed without the eindgesprek MAP: only the indication 'Verwijtbaar' (ResultaatMap without a date),
     * within DUO's rule (README, MAP; {@code inburgeren.CulpabilityRule}).
     */
    void registerMapCulpability(String caseNumber, boolean culpable);

    /** The signing of the participatieverklaring ({@code PUT /personen/{bsn}/pvt}, ResultaatPvt). */
    void registerPvt(String caseNumber, java.time.LocalDate date, boolean culpablyLate);

    /** The completion of the Z-route ({@code PUT /personen/{bsn}/zroute}, ResultaatZroute). */
    void registerZRoute(String caseNumber, java.time.LocalDate date);
}
