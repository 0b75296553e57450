package nl.inburgeringsregie.zaak;

import java.time.LocalDate;

/** The inburgeraar. The BSN is personal data: it never appears in logs, keys or process variables. */
public record Person(
        Long id,
        String bsn,
        String givenNames,
        String surname,
        LocalDate birthDate,
        String nationality,
        String language,
        boolean interpreterNeeded,
        Opleidingsniveau education,
        Long householdId) {

    public String displayName() {
        return givenNames + " " + surname;
    }

    public Person withId(long newId) {
        return new Person(newId, bsn, givenNames, surname, birthDate, nationality, language, interpreterNeeded,
                education, householdId);
    }
}
