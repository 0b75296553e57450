package nl.inburgeringsregie.verwerking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.verwerking.ProcessingRecords.Subject;

/**
 * Writes the processing log (issue 21 point 3; tables of V27, shaped after VNG's Verwerkingenlogging API,
 * github.com/VNG-Realisatie/gemma-verwerkingenlogging): one {@code verwerkingsactie} per call, one {@code
 * verwerkt_object} per person (VNG: one action with several verwerkteObjecten, so a list touching many persons is one
 * action). A person is named by {@code person.id} only; the case numbers, the BSN and the names never reach these
 * tables. A read is written in a transaction of its own, or in the caller's when there is one; a streamed read (an
 * export) in pieces beside it while it goes on ({@link StreamedPersonsRead}); a change is run together with its record
 * ({@link #change}).
 */
@Service
class ProcessingLogService implements ProcessingLog {

    private static final int CHUNK = 1000;
    /** Persons of a streamed read written at a time: one INSERT of 10,000 rows takes about 0.1 s on PostgreSQL. */
    private static final int PIECE = 10_000;

    private final JdbcClient jdbc;
    private final ProcessingRecords records;
    private final TransactionTemplate transaction;
    private final Executor background;

    ProcessingLogService(JdbcClient jdbc, ProcessingRecords records, TransactionTemplate transaction,
            @Qualifier("processingLogWriter") Executor background) {
        this.jdbc = jdbc;
        this.records = records;
        this.transaction = transaction;
        this.background = background;
    }

    @Override
    @Transactional
    public void readCases(Processing processing, String userId, Collection<String> caseNumbers) {
        write(processing, userId, personsOf(caseNumbers));
    }

    @Override
    public PersonsRead readingPersons(Processing processing, String userId) {
        return new StreamedPersonsRead(records, transaction, background, processing, userId, PIECE);
    }

    @Override
    @Transactional
    public void readNotification(Processing processing, String userId, String gemeenteCode, long notificationId,
            String bsn) {
        var subjects = new ArrayList<Subject>();
        if (bsn != null) {
            jdbc.sql("SELECT id FROM person WHERE bsn = :bsn").param("bsn", bsn).query(Long.class).optional()
                    .ifPresent(person -> subjects.add(Subject.person(person, gemeenteCode)));
        }
        subjects.add(new Subject("duo-notificatie", "notificatie-id", String.valueOf(notificationId), "bron",
                gemeenteCode));
        write(processing, userId, subjects);
    }

    @Override
    @Transactional
    public void readLogOf(Processing processing, String userId, long personId, Collection<String> gemeenten) {
        write(processing, userId, gemeenten.stream().sorted().map(gemeente -> Subject.person(personId, gemeente)).toList());
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
                    .query((row, n) -> Subject.person(row.getLong("person_id"), row.getString("gemeente_code"))).list());
        }
        return List.copyOf(persons);
    }

    private void write(Processing processing, String userId, List<Subject> subjects) {
        if (!subjects.isEmpty()) {
            records.objects(records.action(processing, userId), processing, subjects);
        }
    }
}
