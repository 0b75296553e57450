package nl.inburgeringsregie.duo;

/** The DUO M2M operations the outbox holds messages for. */
public enum DuoOperation {
    /** PIP API: {@code POST /personen/{bsn}/PIP}. */
    PIP_REGISTREREN,
    /** Leerbaarheidstoets API: {@code GET /personen/{bsn}/lbt/examennummer}. */
    LBT_EXAMENNUMMER_OPVRAGEN,
    /** MAP-PVT-Zroute API: {@code PUT /personen/{bsn}/map}. */
    MAP_REGISTREREN,
    /** MAP-PVT-Zroute API: {@code PUT /personen/{bsn}/pvt}. */
    PVT_REGISTREREN,
    /** MAP-PVT-Zroute API: {@code PUT /personen/{bsn}/zroute}. */
    ZROUTE_REGISTREREN,
    /** GevolgdeUren API: {@code PUT /personen/{bsn}/uren/participatietaalles}. */
    UREN_TAAL_REGISTREREN,
    /** GevolgdeUren API: {@code PUT /personen/{bsn}/uren/participatieactiviteiten}. */
    UREN_PARTICIPATIE_REGISTREREN
}
