package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * Inspecting a DUO notification shows its BSN: a read of the person (AVG verwerkingenlogging, issue 21 point 3),
 * recorded with the person (when the BSN is ours) and the notification as processed objects, never the BSN itself.
 */
class NotificatieInzageProcessingTest extends SimulatedDuoScenarioTest {

    @Test
    void inspectingANotificationIsRecordedForItsPersonAndTheNotification() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        long notification = notificationId(notifications.send(Aanmeldingen.HOORN, bsn, "SS101").berichtId());

        var answer = rest.withBasicAuth("consulent", "demo").getForEntity("/api/duo-notificaties/" + notification,
                String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(objectsOf(notification)).containsExactlyInAnyOrder("persoon|" + aCase().personId(),
                "duo-notificatie|" + notification);
        assertThat(values(notification)).noneMatch(value -> value.contains(bsn));
    }

    @Test
    void aNotificationAboutSomeoneWeDoNotKnowIsRecordedByTheNotificationOnly() {
        String stranger = TestBsn.next();
        long notification = notificationId(notifications.send(Aanmeldingen.HOORN, stranger, "SS101").berichtId());

        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/api/duo-notificaties/" + notification,
                String.class).getStatusCode().value()).isEqualTo(200);

        assertThat(objectsOf(notification)).containsExactly("duo-notificatie|" + notification);
        assertThat(values(notification)).noneMatch(value -> value.contains(stranger));
    }

    /** The objects of the inspection's action, found by the notification object. */
    private List<String> objectsOf(long notification) {
        return jdbc.sql("""
                SELECT o.objecttype, o.object_id FROM verwerkt_object o WHERE o.actie_id IN (
                    SELECT n.actie_id FROM verwerkt_object n JOIN verwerkingsactie a ON a.id = n.actie_id
                    WHERE n.soort_object_id = 'notificatie-id' AND n.object_id = ?
                      AND a.actie_naam = 'DUO-notificatie inzien' AND a.gebruiker = 'consulent')""")
                .param(String.valueOf(notification))
                .query((row, n) -> row.getString(1) + "|" + row.getString(2)).list();
    }

    /** Every value of the inspection's action and its objects. */
    private List<String> values(long notification) {
        var values = jdbc.sql("""
                SELECT o.objecttype, o.soort_object_id, o.object_id, o.betrokkenheid, o.soort_gegevens, o.uitvoerder,
                       a.actie_naam, a.gebruiker, a.gegevensbron, a.grondslag
                FROM verwerkt_object o JOIN verwerkingsactie a ON a.id = o.actie_id
                WHERE o.actie_id IN (SELECT actie_id FROM verwerkt_object
                                     WHERE soort_object_id = 'notificatie-id' AND object_id = ?)""")
                .param(String.valueOf(notification)).query().listOfRows().stream()
                .flatMap(row -> row.values().stream()).map(String::valueOf).toList();
        assertThat(values).isNotEmpty();
        return values;
    }

    private long notificationId(String berichtId) {
        return jdbc.sql("SELECT id FROM inbound_message WHERE message_id = ?").param(berichtId).query(Long.class)
                .single();
    }
}
