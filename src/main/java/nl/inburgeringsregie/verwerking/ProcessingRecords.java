package nl.inburgeringsregie.verwerking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.Processing;

/**
 * The statements that write the processing log (tables of V27): one {@code verwerkingsactie}, and its {@code
 * verwerkt_object}s, in the caller's transaction. Only {@link ProcessingLogService} and {@link StreamedPersonsRead}
 * write through it.
 */
@Component
class ProcessingRecords {

    static final String SYSTEM = "Inburgeringsregie";
    /** VNG's vertrouwelijkheid: "normaal" (the record may be shown to the person), not "vertrouwelijk". */
    static final String NORMAL = "normaal";
    /**
     * How long a record is kept (ISO 8601). No law fixes it; five years covers an inzageverzoek about the whole
     * inburgeringstermijn (three years) and the after-care; the retention work (issue 21 point 4) may make it
     * configurable.
     */
    static final String RETENTION = "P5Y";

    private final JdbcClient jdbc;
    private final Clock clock;

    ProcessingRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A processed object: a person (by {@code person.id}) or a DUO notification, with the gemeente it was read for. */
    record Subject(String objecttype, String soortObjectId, String objectId, String betrokkenheid, String gemeente) {

        static Subject person(long personId, String gemeente) {
            return new Subject("persoon", "persoon-id", String.valueOf(personId), "inburgeraar", gemeente);
        }
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Writes the action of {@code userId} now, and answers its id (for {@link #objects}). */
    long action(Processing processing, String userId) {
        var now = now();
        return action(processing, userId, now, now);
    }

    /** Writes the action of {@code userId} done at {@code at} (registered now), and answers its id. */
    long action(Processing processing, String userId, OffsetDateTime at) {
        return action(processing, userId, at, now());
    }

    private long action(Processing processing, String userId, OffsetDateTime at, OffsetDateTime registered) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO verwerkingsactie (actie_id, actie_naam, handeling_naam, verwerking_id, verwerking_naam,
                    verwerkingsactiviteit_id, grondslag, vertrouwelijkheid, bewaartermijn, systeem, gebruiker,
                    gegevensbron, tijdstip, tijdstip_registratie)
                VALUES (:actieId, :actieNaam, :handeling, :verwerkingId, :verwerkingNaam, :activiteit, :grondslag,
                    :vertrouwelijkheid, :bewaartermijn, :systeem, :gebruiker, :gegevensbron, :tijdstip, :registratie)""")
                .param("actieId", UUID.randomUUID().toString())
                .param("actieNaam", processing.actieNaam())
                .param("handeling", processing.handeling().label())
                .param("verwerkingId", UUID.randomUUID().toString())
                .param("verwerkingNaam", processing.activiteitNaam())
                .param("activiteit", processing.activiteitId())
                .param("grondslag", processing.grondslag())
                .param("vertrouwelijkheid", NORMAL)
                .param("bewaartermijn", RETENTION)
                .param("systeem", SYSTEM)
                .param("gebruiker", userId)
                .param("gegevensbron", processing.gegevensbron())
                .param("tijdstip", at)
                .param("registratie", registered)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * The action's processed objects, handed to the database as one array per column in one statement (issue 22,
     * point 4), not as statements of 500 rows with 7 parameters each; 10,000 objects take about 0.1 s of
     * PostgreSQL's time, most of it the two foreign keys and three indexes.
     */
    void objects(long action, Processing processing, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO verwerkt_object (actie_id, objecttype, soort_object_id, object_id, betrokkenheid,
                    soort_gegevens, uitvoerder)
                SELECT ?, u.objecttype, u.soort, u.object_id, u.betrokkenheid, ?, u.uitvoerder
                FROM UNNEST(CAST(? AS VARCHAR(40) ARRAY), CAST(? AS VARCHAR(40) ARRAY), CAST(? AS VARCHAR(40) ARRAY),
                            CAST(? AS VARCHAR(40) ARRAY), CAST(? AS VARCHAR(6) ARRAY))
                     AS u (objecttype, soort, object_id, betrokkenheid, uitvoerder)""")
                .params(action, processing.soortGegevens(), column(subjects, Subject::objecttype),
                        column(subjects, Subject::soortObjectId), column(subjects, Subject::objectId),
                        column(subjects, Subject::betrokkenheid), column(subjects, Subject::gemeente))
                .update();
    }

    private static String[] column(List<Subject> subjects, Function<Subject, String> value) {
        return subjects.stream().map(value).toArray(String[]::new);
    }
}
