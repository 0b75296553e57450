package nl.inburgeringsregie.duo;

/**
 * What the processes tell DUO. Each call is durable when it returns: the message is stored in the
 * outbox in the caller's transaction and delivered from there with retries (the DUO client).
 */
public interface DuoGateway {

    /** Registers the PIP in force with DUO ({@code POST /personen/{bsn}/PIP}). */
    void registerPip(String caseNumber);

    /** Asks DUO for an exam number to plan the leerbaarheidstoets ({@code GET /personen/{bsn}/lbt/examennummer}). */
    void registerLeerbaarheidstoets(String caseNumber);
}
