package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.casefile.CaseFileService;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipService;

/**
 * Writes DUO messages to the outbox, with bodies as DUO's M2M specification defines them (PIP API
 * v1.2.0, schema {@code PIP}). The BSN is not stored with the message: it is looked up when the
 * message is delivered.
 */
@Service
class OutboxDuoGateway implements DuoGateway {

    static final String TARGET = "DUO";

    private final CaseFileService caseFile;
    private final PipService pips;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    OutboxDuoGateway(CaseFileService caseFile, PipService pips, JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.caseFile = caseFile;
        this.pips = pips;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void registerPip(String caseNumber) {
        Pip pip = pips.inForce(caseNumber)
                .orElseThrow(() -> new IllegalStateException("Case " + caseNumber + " has no PIP in force"));
        enqueue(caseNumber, DuoOperation.PIP_REGISTREREN, pipBody(pip));
    }

    @Override
    @Transactional
    public void registerLeerbaarheidstoets(String caseNumber) {
        enqueue(caseNumber, DuoOperation.LBT_EXAMENNUMMER_OPVRAGEN, null);
    }

    @Override
    @Transactional
    public void registerMap(String caseNumber, java.time.LocalDate date, boolean culpablyLate) {
        enqueue(caseNumber, DuoOperation.MAP_REGISTREREN, Map.of("datumEindgesprekMap", date.toString(),
                "verwijtbaar", culpablyLate ? "Ja" : "Nee"));
    }

    @Override
    @Transactional
    public void registerPvt(String caseNumber, java.time.LocalDate date, boolean culpablyLate) {
        enqueue(caseNumber, DuoOperation.PVT_REGISTREREN, Map.of("datumOndertekeningPvt", date.toString(),
                "verwijtbaar", culpablyLate ? "Ja" : "Nee"));
    }

    @Override
    @Transactional
    public void registerZRoute(String caseNumber, java.time.LocalDate date) {
        enqueue(caseNumber, DuoOperation.ZROUTE_REGISTREREN, Map.of("datumAfrondingZroute", date.toString()));
    }

    @Override
    @Transactional
    public void registerHours(String caseNumber, int languageHours, Integer participationHours) {
        enqueue(caseNumber, DuoOperation.UREN_TAAL_REGISTREREN, Map.of("uren", languageHours));
        if (participationHours != null) {
            enqueue(caseNumber, DuoOperation.UREN_PARTICIPATIE_REGISTREREN, Map.of("uren", participationHours));
        }
    }

    /** The request body of {@code POST /personen/{bsn}/PIP}. */
    static Map<String, Object> pipBody(Pip pip) {
        var body = new LinkedHashMap<String, Object>();
        body.put("dagtekeningPip", pip.dagtekening().toString());
        body.put("leerroute", pip.leerroute().duoCode());
        if (pip.niveau() != null) {
            body.put("niveau", pip.niveau());
        }
        if (pip.estimatedHoursB1() != null) {
            body.put("geschatteIntensiteitB1Route", pip.estimatedHoursB1());
        }
        body.put("indicatorMagOpleidingAfmaken", pip.mayFinishEducation());
        body.put("indicatorAlfabetiseringsonderwijs", pip.alfabetisering());
        return body;
    }

    private void enqueue(String caseNumber, DuoOperation operation, Map<String, Object> body) {
        long caseId = caseFile.caseOf(caseNumber).id();
        jdbc.sql("""
                INSERT INTO outbound_message (target, operation, case_id, body, status, attempts, created_at)
                VALUES (?, ?, ?, ?, 'PENDING', 0, ?)""")
                .params(TARGET, operation.name(), caseId, body == null ? null : write(body), OffsetDateTime.now(clock))
                .update();
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("DUO message body cannot be written as JSON", e);
        }
    }
}
