package nl.inburgeringsregie.verwerking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/**
 * Writes the processing log (issue 21 point 3; tables of V27, shaped after VNG's Verwerkingenlogging API,
 * github.com/VNG-Realisatie/gemma-verwerkingenlogging): one {@code verwerkingsactie} per call, one {@code
 * verwerkt_object} per person (VNG: one action with several verwerkteObjecten, so a list touching many persons is one
 * action). A person is named by {@code person.id} only; the case numbers, the BSN and the names never reach these
 * tables. A read is written in a transaction of its own, or in the caller's when there is one; a change is run together
 * with its record ({@link #change}).
 */
@Service
class ProcessingLogService implements ProcessingLog {

    static final String SYSTEM = "Inburgeringsregie";
    /** VNG's vertrouwelijkheid: "normaal" (the record may be shown to the person), not "vertrouwelijk". */
    static final String NORMAL = "normaal";
    /**
     * How long a record is kept (ISO 8601). No law fixes it; five years covers an inzageverzoek about the whole
     * inburgeringstermijn (three years) and the after-care; the retention work (issue 21 point 4) may make it
     * configurable.
     */
    static final String RETENTION = "P5Y";
    private static final int CHUNK = 1000;
    /** Processed objects per INSERT statement: 7 parameters each, well within PostgreSQL's 32,767. */
    private static final int ROWS_PER_INSERT = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ProcessingLogService(JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = transaction;
    }

    record Subject(String objecttype, String soortObjectId, String objectId, String betrokkenheid, String gemeente) {
    }

    @Override
    @Transactional
    public void readCases(Processing processing, String userId, Collection<String> caseNumbers) {
        write(processing, userId, personsOf(caseNumbers));
    }

    @Override
    @Transactional
    public void readPersons(Processing processing, String userId, Map<Long, String> gemeenteByPerson) {
        write(processing, userId, gemeenteByPerson.entrySet().stream()
                .map(person -> person(person.getKey(), person.getValue())).toList());
    }

    @Override
    @Transactional
    public void readNotification(Processing processing, String userId, String gemeenteCode, long notificationId,
            String bsn) {
        var subjects = new ArrayList<Subject>();
        if (bsn != null) {
            jdbc.sql("SELECT id FROM person WHERE bsn = :bsn").param("bsn", bsn).query(Long.class).optional()
                    .ifPresent(person -> subjects.add(person(person, gemeenteCode)));
        }
        subjects.add(new Subject("duo-notificatie", "notificatie-id", String.valueOf(notificationId), "bron",
                gemeenteCode));
        write(processing, userId, subjects);
    }

    @Override
    @Transactional
    public void readLogOf(Processing processing, String userId, long personId, Collection<String> gemeenten) {
        write(processing, userId, gemeenten.stream().sorted().map(gemeente -> person(personId, gemeente)).toList());
    }

    @Override
    public <T> T change(Processing processing, String userId, Collection<String> caseNumbers, Supplier<T> change) {
        return transaction.execute(status -> {
            T result = change.get();
            write(processing, userId, personsOf(caseNumbers));
            return result;
        });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(Processing processing, String userId, Collection<String> caseNumbers) {
        write(processing, userId, personsOf(caseNumbers));
    }

    /**
     * The persons of the cases, each once per gemeente; asked in chunks, so an export of every deadline stays within
     * the database's limit on parameters (PostgreSQL: 32767).
     */
    private List<Subject> personsOf(Collection<String> caseNumbers) {
        var numbers = caseNumbers.stream().distinct().toList();
        var persons = new java.util.TreeSet<Subject>(java.util.Comparator.comparing(Subject::objectId)
                .thenComparing(Subject::gemeente));
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            persons.addAll(jdbc.sql("""
                    SELECT DISTINCT person_id, gemeente_code FROM integration_case WHERE case_number IN (:numbers)""")
                    .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
                    .query((row, n) -> person(row.getLong("person_id"), row.getString("gemeente_code"))).list());
        }
        return List.copyOf(persons);
    }

    private static Subject person(long personId, String gemeente) {
        return new Subject("persoon", "persoon-id", String.valueOf(personId), "inburgeraar", gemeente);
    }

    private void write(Processing processing, String userId, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        var now = OffsetDateTime.now(clock);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO verwerkingsactie (actie_id, actie_naam, handeling_naam, verwerking_id, verwerking_naam,
                    verwerkingsactiviteit_id, grondslag, vertrouwelijkheid, bewaartermijn, systeem, gebruiker,
                    gegevensbron, tijdstip, tijdstip_registratie)
                VALUES (:actieId, :actieNaam, :handeling, :verwerkingId, :verwerkingNaam, :activiteit, :grondslag,
                    :vertrouwelijkheid, :bewaartermijn, :systeem, :gebruiker, :gegevensbron, :tijdstip, :tijdstip)""")
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
                .param("tijdstip", now)
                .update(key, "id");
        long actie = key.getKey().longValue();
        // a list or export of many persons is one action with many objects, written ROWS_PER_INSERT to a statement
        // (issue 22, point 4: 100,000 objects of a CSV export took 1.3 s as a JDBC batch of single-row inserts)
        for (int from = 0; from < subjects.size(); from += ROWS_PER_INSERT) {
            var rows = subjects.subList(from, Math.min(subjects.size(), from + ROWS_PER_INSERT));
            var values = new ArrayList<Object>(rows.size() * 7);
            for (Subject subject : rows) {
                values.addAll(List.of(actie, subject.objecttype(), subject.soortObjectId(), subject.objectId(),
                        subject.betrokkenheid(), processing.soortGegevens(), subject.gemeente()));
            }
            jdbc.sql("""
                    INSERT INTO verwerkt_object (actie_id, objecttype, soort_object_id, object_id, betrokkenheid,
                        soort_gegevens, uitvoerder)
                    VALUES """ + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                    .params(values).update();
        }
    }
}
