package nl.inburgeringsregie.gemeente;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the gemeenten and their norms from the application's own tables. */
@Repository
public class GemeenteRepository {

    private final JdbcClient jdbc;

    public GemeenteRepository(JdbcClient jdbc) {
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

    /** How the gemeente applies a norm, if it has configured it. */
    public Optional<NormSetting> normSetting(String gemeenteCode, Norm norm) {
        return jdbc.sql("SELECT period, counts_from, reminder_before FROM gemeente_norm WHERE gemeente_code = ? AND norm = ?")
                .params(gemeenteCode, norm.name())
                .query((rs, row) -> new NormSetting(norm, Period.parse(rs.getString("period")),
                        Arrays.stream(rs.getString("counts_from").split(",")).map(String::trim).toList(),
                        Period.parse(rs.getString("reminder_before"))))
                .optional();
    }

    /** The norms of one gemeente; a norm it has not configured is absent. */
    public Map<Norm, Period> norms(String gemeenteCode) {
        return jdbc.sql("SELECT norm, period FROM gemeente_norm WHERE gemeente_code = ?")
                .param(gemeenteCode)
                .query((rs, row) -> Map.entry(Norm.valueOf(rs.getString("norm")), Period.parse(rs.getString("period"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
