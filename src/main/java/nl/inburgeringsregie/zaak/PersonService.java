package nl.inburgeringsregie.zaak;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The people a case is about. Writes join the caller's transaction. */
@Service
public class PersonService {

    private final PersonRepository persons;

    PersonService(PersonRepository persons) {
        this.persons = persons;
    }

    /** Finds the person and locks the row until the caller's transaction ends, so two registrations queue up. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Person> lockedByBsn(String bsn) {
        return persons.findByBsnForUpdate(bsn);
    }

    /** Adds the person; returns it with its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Person add(Person person) {
        return persons.insert(person);
    }

    /** Brings the stored details up to date with a new registration of the same person. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(Person person) {
        persons.update(person);
    }

    /** The BSN of the person the case is about. */
    public String bsnOf(IntegrationCase aCase) {
        return persons.findById(aCase.personId()).orElseThrow().bsn();
    }

    /** The name of the case's person as shown to the caseworker. */
    public Optional<String> nameOf(IntegrationCase aCase) {
        return persons.findById(aCase.personId()).map(Person::displayName);
    }

    /** What this installation knows of the person with this BSN (a case here or in another gemeente). */
    public Optional<Person> findByBsn(String bsn) {
        return persons.findByBsn(bsn);
    }
}
