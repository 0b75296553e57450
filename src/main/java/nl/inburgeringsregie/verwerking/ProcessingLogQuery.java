package nl.inburgeringsregie.verwerking;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.inburgeringsregie.shared.People;

/**
 * Reads the processing log of one person (by {@code person.id}), only what was done under the reader's gemeenten:
 * one row per action and gemeente, newest first. Used by the privacy officer only ({@link ProcessingLogController}).
 */
@Service
class ProcessingLogQuery {

    private final JdbcClient jdbc;
    private final People people;

    ProcessingLogQuery(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /**
     * One processing as the privacy officer reads and exports it: VNG's field names (Verwerkingsactie and its
     * verwerkt object), the user's full name beside the id, the gemeente (uitvoerder) and the legal ground.
     */
    record Verwerking(String actieId, OffsetDateTime tijdstip, String actieNaam, String handelingNaam,
            String gebruiker, String gebruikerNaam, String uitvoerder, String verwerkingNaam,
            String verwerkingsactiviteitId, String grondslag, String soortGegevens, String gegevensbron,
            String vertrouwelijkheid, String bewaartermijn, String systeem, String verwerkingId,
            OffsetDateTime tijdstipRegistratie) {
    }

    /**
     * The reader's gemeenten in which the person has (or had) a case: only there is the person known to the reader;
     * elsewhere the answer is the same as for a BSN nobody knows, so no other gemeente's inburgeraar shows through.
     */
    List<String> gemeentenOf(long personId, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT gemeente_code FROM integration_case WHERE person_id = :person AND gemeente_code IN (:g)
                ORDER BY gemeente_code""").param("person", personId).param("g", List.copyOf(gemeenten))
                .query(String.class).list();
    }

    List<Verwerking> of(long personId, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("""
                SELECT a.actie_id, a.tijdstip, a.actie_naam, a.handeling_naam, a.gebruiker, o.uitvoerder,
                       a.verwerking_naam, a.verwerkingsactiviteit_id, a.grondslag, o.soort_gegevens, a.gegevensbron,
                       a.vertrouwelijkheid, a.bewaartermijn, a.systeem, a.verwerking_id, a.tijdstip_registratie
                FROM verwerkt_object o JOIN verwerkingsactie a ON a.id = o.actie_id
                WHERE o.soort_object_id = 'persoon-id' AND o.object_id = :person AND o.uitvoerder IN (:gemeenten)
                ORDER BY a.tijdstip DESC, a.id DESC, o.uitvoerder""")
                .param("person", String.valueOf(personId)).param("gemeenten", List.copyOf(gemeenten))
                .query((row, n) -> new Verwerking(row.getString("actie_id"),
                        row.getObject("tijdstip", OffsetDateTime.class), row.getString("actie_naam"),
                        row.getString("handeling_naam"), row.getString("gebruiker"), null,
                        row.getString("uitvoerder"), row.getString("verwerking_naam"),
                        row.getString("verwerkingsactiviteit_id"), row.getString("grondslag"),
                        row.getString("soort_gegevens"), row.getString("gegevensbron"),
                        row.getString("vertrouwelijkheid"), row.getString("bewaartermijn"), row.getString("systeem"),
                        row.getString("verwerking_id"), row.getObject("tijdstip_registratie", OffsetDateTime.class)))
                .list();
        var names = people.names(rows.stream().map(Verwerking::gebruiker).distinct().toList());
        return rows.stream().map(row -> new Verwerking(row.actieId(), row.tijdstip(), row.actieNaam(),
                row.handelingNaam(), row.gebruiker(), names.getOrDefault(row.gebruiker(), row.gebruiker()),
                row.uitvoerder(), row.verwerkingNaam(), row.verwerkingsactiviteitId(), row.grondslag(),
                row.soortGegevens(), row.gegevensbron(), row.vertrouwelijkheid(), row.bewaartermijn(), row.systeem(),
                row.verwerkingId(), row.tijdstipRegistratie())).toList();
    }
}
