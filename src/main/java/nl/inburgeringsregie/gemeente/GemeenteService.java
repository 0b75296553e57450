package nl.inburgeringsregie.gemeente;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The gemeente slice's service: the gemeenten and their norms, read from the application's own tables (read-only here; set by migrations and beheer). */
@Service
public class GemeenteService {

    private final JdbcClient jdbc;

    public GemeenteService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Gemeente> findByCode(String code) {
        return jdbc.sql("SELECT code, name FROM gemeente WHERE code = ?")
                .param(code)
                .query(Gemeente.class)
                .optional();
    }

    public List<Gemeente> findAll() {
        return jdbc.sql("SELECT code, name FROM gemeente ORDER BY name").query(Gemeente.class).list();
    }

    /** The gemeente's OIN (Organisatie-identificatienummer), its identity in the DUO exchange. */
    public Optional<String> oinOf(String code) {
        return jdbc.sql("SELECT oin FROM gemeente WHERE code = ? AND oin IS NOT NULL").param(code).query(String.class)
                .optional();
    }

    /** The gemeente a DUO message is for, by the OIN in its Doel header. */
    public Optional<Gemeente> findByOin(String oin) {
        return jdbc.sql("SELECT code, name FROM gemeente WHERE oin = ?").param(oin).query(Gemeente.class).optional();
    }

    /** How the gemeente applies a norm, if it has configured it. */
    public Optional<NormSetting> normSetting(String gemeenteCode, Norm norm) {
        return jdbc.sql("SELECT period, counts_from, reminder_before FROM gemeente_norm WHERE gemeente_code = ? AND norm = ?")
                .params(gemeenteCode, norm.name())
                .query((rs, row) -> new NormSetting(norm, Period.parse(rs.getString("period")),
                        countsFrom(norm, rs.getString("counts_from")), Period.parse(rs.getString("reminder_before"))))
                .optional();
    }

    /**
     * The most a coordinator may extend one deadline of the norm on their own; beyond it a second coordinator approves
     * (issue 19, point 5; column gemeente_norm.max_extension, V15, demo value 28 days).
     */
    public Period maxExtension(String gemeenteCode, Norm norm) {
        return jdbc.sql("SELECT max_extension FROM gemeente_norm WHERE gemeente_code = ? AND norm = ?")
                .params(gemeenteCode, norm.name()).query(String.class).optional().map(Period::parse).orElse(Period.ZERO);
    }

    /** Every norm a gemeente lacks, as "GM0405 PIP": a configuration error the application refuses to start with. */
    public List<String> missingNorms() {
        var configured = jdbc.sql("SELECT gemeente_code, norm FROM gemeente_norm")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).set();
        return findAll().stream()
                .flatMap(gemeente -> Arrays.stream(Norm.values()).map(norm -> gemeente.code() + " " + norm.name()))
                .filter(required -> !configured.contains(required))
                .toList();
    }

    private static List<String> countsFrom(Norm norm, String configured) {
        return configured == null || configured.isBlank() ? norm.legalCountsFrom()
                : Arrays.stream(configured.split(",")).map(String::trim).toList();
    }

}
