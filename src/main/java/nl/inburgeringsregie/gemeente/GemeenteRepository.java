package nl.inburgeringsregie.gemeente;

import java.time.Period;
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
