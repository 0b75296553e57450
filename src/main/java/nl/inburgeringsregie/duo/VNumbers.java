package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What this application knows of people's vNummers, and the notifications that wait for one to be known (issue 20,
 * point 7: "a notification with only a vNummer is matched once the person's BSN is known"). DUO's Notificatie carries
 * a bsn, a vNummer or both (duo-m2m/API/Notificatie/openapi.yml, schema Notificatie: neither is required). A vNummer is
 * learned from a notification that carries both numbers, or from the case a coordinator links a notification with only
 * a vNummer to; a vNummer once learned stays with its person (DUO: "Uniek identificatienummer [...] uitgereikt aan een
 * vreemdeling").
 */
@Repository
public class VNumbers {

    /** How a vNummer became known. */
    public enum Source {
        /** A notification from DUO with both the BSN and the vNummer. */
        NOTIFICATIE,
        /** A coordinator linked a notification with only the vNummer to the person's case. */
        KOPPELING
    }

    /** A notification with only a vNummer waiting for its person, in the gemeente it was sent to. */
    public record Awaiting(long notificationId, String gemeenteCode) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    VNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the person's vNummer; returns whether it is new. A vNummer already known for another person is left as it
     * is (DUO gives each vNummer to one person): the caller learns nothing.
     */
    public boolean learn(long vNumber, long personId, Source source) {
        var known = personOf(vNumber);
        if (known.isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO person_v_number (v_number, person_id, learned_at, source) VALUES (?, ?, ?, ?)")
                .params(vNumber, personId, OffsetDateTime.now(clock), source.name()).update();
        return true;
    }

    /** The person with this vNummer, when known. */
    public Optional<Long> personOf(long vNumber) {
        return jdbc.sql("SELECT person_id FROM person_v_number WHERE v_number = ?").param(vNumber)
                .query(Long.class).optional();
    }

    /** The BSN of the person with this vNummer, when known. */
    public Optional<String> bsnOf(long vNumber) {
        return jdbc.sql("SELECT p.bsn FROM person_v_number v JOIN person p ON p.id = v.person_id WHERE v.v_number = ?")
                .param(vNumber).query(String.class).optional();
    }

    /** The notification waits for the person with this vNummer to become known. */
    public void await(long notificationId, long vNumber, String gemeenteCode) {
        int updated = jdbc.sql("UPDATE notification_awaiting_person SET v_number = ?, gemeente_code = ? WHERE notification_id = ?")
                .params(vNumber, gemeenteCode, notificationId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO notification_awaiting_person (notification_id, v_number, gemeente_code) VALUES (?, ?, ?)")
                    .params(notificationId, vNumber, gemeenteCode).update();
        }
    }

    /** The notifications waiting for the person with this vNummer, oldest first. */
    public List<Awaiting> awaiting(long vNumber) {
        return jdbc.sql("SELECT notification_id, gemeente_code FROM notification_awaiting_person WHERE v_number = ? "
                + "ORDER BY notification_id").param(vNumber).query(Awaiting.class).list();
    }

    /** The notification waits no longer: matched to a case, or closed by a coordinator. */
    public void stopAwaiting(long notificationId) {
        jdbc.sql("DELETE FROM notification_awaiting_person WHERE notification_id = ?").param(notificationId).update();
    }
}
