package nl.inburgeringsregie.aanbieder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.inburgeringsregie.pip.Leerroute;

/** The providers (table provider) and the gemeenten's contracts with them (table provider_contract, V20). */
@Repository
class ProviderRepository {

    private static final String COLUMNS = "id, instellingsnummer, name, place, bow_number, brin, bow_keurmerk, "
            + "tst_keurmerk, listed_by_duo, last_seen_at, added_by, remarks";

    private final JdbcClient jdbc;

    ProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Provider> find(String instellingsnummer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provider WHERE instellingsnummer = ?").param(instellingsnummer)
                .query(ProviderRepository::provider).optional();
    }

    /** Whether DUO's list named any institution at or after the moment (a run of ProviderSync stored it). */
    boolean seenSince(OffsetDateTime moment) {
        return jdbc.sql("SELECT COUNT(*) FROM provider WHERE last_seen_at >= ?").param(moment).query(Long.class)
                .single() > 0;
    }

    List<Provider> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provider ORDER BY name, instellingsnummer")
                .query(ProviderRepository::provider).list();
    }

    void insert(Instelling instelling, OffsetDateTime seenAt) {
        jdbc.sql("INSERT INTO provider (instellingsnummer, name, place, bow_number, brin, bow_keurmerk, tst_keurmerk, "
                + "listed_by_duo, last_seen_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'DUO')")
                .params(instelling.instellingsnummer(), instelling.naam(), instelling.plaatsnaam(), instelling.bow(),
                        instelling.brin(), instelling.indicatieBowKeurmerk(), instelling.indicatieTstKeurmerk(), seenAt)
                .update();
    }

    void update(long id, Instelling instelling, OffsetDateTime seenAt) {
        jdbc.sql("UPDATE provider SET name = ?, place = ?, bow_number = ?, brin = ?, bow_keurmerk = ?, tst_keurmerk = ?, "
                + "listed_by_duo = TRUE, last_seen_at = ? WHERE id = ?")
                .params(instelling.naam(), instelling.plaatsnaam(), instelling.bow(), instelling.brin(),
                        instelling.indicatieBowKeurmerk(), instelling.indicatieTstKeurmerk(), seenAt, id)
                .update();
    }

    /** Marks every listed provider whose number is not among {@code seen} as no longer listed; returns how many. */
    int markUnlisted(Collection<String> seen) {
        return (int) all().stream().filter(provider -> provider.listedByDuo()
                && !seen.contains(provider.instellingsnummer()))
                .peek(provider -> jdbc.sql("UPDATE provider SET listed_by_duo = FALSE WHERE id = ?")
                        .param(provider.id()).update())
                .count();
    }

    /** The contracts that hold on {@code day} in these gemeenten. */
    List<ProviderContract> contractsOn(LocalDate day, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT provider_id, gemeente_code, leerroute, valid_from, valid_to FROM provider_contract "
                + "WHERE gemeente_code IN (:gemeenten) AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day) "
                + "ORDER BY gemeente_code, leerroute")
                .param("gemeenten", gemeenten).param("day", day)
                .query((rs, row) -> new ProviderContract(rs.getLong("provider_id"), rs.getString("gemeente_code"),
                        Leerroute.valueOf(rs.getString("leerroute")), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    void startContract(long providerId, String gemeenteCode, Leerroute route, LocalDate from, String user) {
        jdbc.sql("INSERT INTO provider_contract (gemeente_code, provider_id, leerroute, valid_from, changed_by) "
                + "VALUES (?, ?, ?, ?, ?)").params(gemeenteCode, providerId, route.name(), from, user).update();
    }

    /**
     * Ends the gemeente's open contract for the route on {@code day}: from then on it no longer holds. The row stays,
     * as history (one started and ended the same day keeps an empty period).
     */
    void endContract(long providerId, String gemeenteCode, Leerroute route, LocalDate day, String user) {
        jdbc.sql("UPDATE provider_contract SET valid_to = ?, changed_by = ? WHERE provider_id = ? AND gemeente_code = ? "
                + "AND leerroute = ? AND valid_to IS NULL").params(day, user, providerId, gemeenteCode, route.name())
                .update();
    }

    private static Provider provider(ResultSet rs, int row) throws SQLException {
        return new Provider(rs.getLong("id"), rs.getString("instellingsnummer"), rs.getString("name"),
                rs.getString("place"), rs.getString("bow_number"), rs.getString("brin"), rs.getBoolean("bow_keurmerk"),
                rs.getBoolean("tst_keurmerk"), rs.getBoolean("listed_by_duo"),
                rs.getObject("last_seen_at", OffsetDateTime.class), rs.getString("added_by"), rs.getString("remarks"));
    }
}
