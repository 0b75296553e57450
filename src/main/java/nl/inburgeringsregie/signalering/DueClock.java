package nl.inburgeringsregie.signalering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.inburgeringsregie.gemeente.Norm;

/**
 * One open, unpaused clock a digest tells about: the case by its number only (no BSN, no name of the inburgeraar),
 * its gemeente, the norm and round, the due day and reminder day, and the case's consulent (a Camunda user id).
 */
record DueClock(String caseNumber, String gemeenteCode, String gemeenteName, String norm, int round, LocalDate dueOn,
        LocalDate remindOn, String consulent) {

    DigestRule state(LocalDate today) {
        return DigestRule.of(remindOn, dueOn, false, today);
    }

    /** Days until the due day; negative when late. */
    long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** The norm in words, with its round for a recurring norm ("Voortgangsgesprek gehouden (ronde 2)"). */
    String normWords() {
        String label = Norm.labelOf(norm);
        boolean recurring = false;
        for (Norm value : Norm.values()) {
            if (value.name().equals(norm)) {
                recurring = value.isRecurring();
            }
        }
        return recurring ? label + " (ronde " + round + ")" : label;
    }
}
