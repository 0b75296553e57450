package nl.inburgeringsregie.zaak;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

    private static final String COLUMNS = "id, bsn, given_names, surname, birth_date, nationality, language, "
            + "interpreter_needed, education, household_id";

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Finds the person and locks the row until the transaction ends, so two registrations queue up. */
    public Optional<Person> findByBsnForUpdate(String bsn) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE bsn = ? FOR UPDATE")
                .param(bsn)
                .query(Person.class)
                .optional();
    }

    public Optional<Person> findByBsn(String bsn) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE bsn = ?").param(bsn).query(Person.class).optional();
    }

    public Optional<Person> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ?").param(id).query(Person.class).optional();
    }

    public Person insert(Person person) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO person (bsn, given_names, surname, birth_date, nationality, language,
                                    interpreter_needed, education, household_id)
                VALUES (:bsn, :givenNames, :surname, :birthDate, :nationality, :language,
                        :interpreterNeeded, :education, :householdId)""")
                .paramSource(new RecordParameters(person))
                .update(keys, "id");
        return person.withId(keys.getKeyAs(Number.class).longValue());
    }

    /** Brings the stored details up to date with a new registration of the same person. */
    public void update(Person person) {
        jdbc.sql("""
                UPDATE person SET given_names = :givenNames, surname = :surname, birth_date = :birthDate,
                       nationality = :nationality, language = :language, interpreter_needed = :interpreterNeeded,
                       education = :education, household_id = :householdId
                WHERE id = :id""")
                .paramSource(new RecordParameters(person))
                .update();
    }
}
