package nl.inburgeringsregie.signalering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The daily digest by e-mail (issue 19, point 6: "Each consulent gets a daily digest of clocks due within the gemeente's
 * reminder lead time and of breaches; coordinators a digest of new breaches per gemeente … tests deliver to an embedded
 * SMTP server library and read the mail … No BSN in any mail"). The mail goes through Spring's JavaMailSender to
 * GreenMail; the users of a test are its own (a consulent and a coordinator of Hoorn with an address), so that cases of
 * other tests in the shared database change nothing of what they are told.
 */
class DagelijksOverzichtTest extends ScenarioTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String HOORN = Aanmeldingen.HOORN;
    private static final String HET_HOGELAND = "GM1966";

    @Autowired
    private DeadlineDigest digest;
    @Autowired
    private MailOutbox outbox;

    private RegieData data;
    private final List<String> users = new ArrayList<>();
    private final List<Long> created = new ArrayList<>();
    private String consulent;
    private String quiet;
    private String coordinator;

    @BeforeEach
    void ownUsersAndAnEmptyOutbox() {
        data = new RegieData(jdbc);
        jdbc.sql("DELETE FROM signal_mail").update();
        jdbc.sql("DELETE FROM signal_digest_run").update();
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        consulent = user("dgc" + suffix, "Sanne", "Smit", Groups.CONSULENTEN, HOORN);
        quiet = user("dgq" + suffix, "Ruud", "Stil", Groups.CONSULENTEN, HOORN);
        coordinator = user("dgk" + suffix, "Karin", "Kok", Groups.COORDINATOREN, HOORN);
    }

    /**
     * The test's cases end, their pauses with them, and its users go: the lists and counts of other tests in the shared
     * database (the deadline list of /regie counts every open clock of a gemeente) do not meet them.
     */
    @AfterEach
    void removeOwnCasesAndUsers() {
        for (long caseId : created) {
            jdbc.sql("UPDATE case_suspension SET ends_on = starts_on WHERE case_id = ? AND ends_on IS NULL").param(caseId)
                    .update();
            jdbc.sql("UPDATE integration_case SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                    .params(OffsetDateTime.now(ZoneOffset.UTC), caseId).update();
        }
        IdentityService identity = engine.getIdentityService();
        users.forEach(identity::deleteUser);
    }

    @Test
    void theConsulentIsToldOfDueSoonAndLateClocksAndTheCoordinatorOfNewBreachesWithoutBsn() throws Exception {
        LocalDate today = TestDates.today();
        long soonCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(soonCase, "PIP", 1, today.plusDays(3), "OPEN", null); // reminded a week ahead: due soon
        long lateCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(lateCase, "BREDE_INTAKE", 1, today.minusDays(1), "OPEN", null); // late since today: new
        long oldLate = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(oldLate, "PIP", 1, today.minusDays(9), "OPEN", null); // late, but not new today
        long onSchedule = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(onSchedule, "PIP", 1, today.plusDays(30), "OPEN", null);
        long paused = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(paused, "BREDE_INTAKE", 1, today.minusDays(1), "OPEN", null);
        pause(paused, "BREDE_INTAKE", today.minusDays(20));
        long closed = newCase(HOORN, "GEZINSMIGRANT", null, consulent, today.minusDays(2));
        data.deadline(closed, "PIP", 1, today.minusDays(1), "OPEN", null);
        long met = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(met, "PIP", 1, today.minusDays(1), "MET", today.minusDays(3));
        long quietCase = newCase(HOORN, "GEZINSMIGRANT", null, quiet, null);
        data.deadline(quietCase, "PIP", 1, today.plusDays(20), "OPEN", null);
        var allCases = List.of(soonCase, lateCase, oldLate, onSchedule, paused, closed, met, quietCase);
        previousDigestOn(today.minusDays(1));

        assertThat(digest.run()).as("digests stored").isPositive();
        assertThat(outbox.deliver(smtp())).as("sent").isPositive();

        String toConsulent = onlyMailTo(consulent);
        assertThat(subjectTo(consulent)).isEqualTo("Termijnen " + dutch(today) + ": 2 te laat, 1 binnenkort");
        assertThat(toConsulent).startsWith("Beste Sanne Smit,")
                .contains("Te laat in uw zaken (2)")
                .contains("- Zaak " + number(oldLate) + " (Hoorn): PIP vastgesteld, uiterlijk " + dutch(today.minusDays(9))
                        + ", 9 dagen te laat\n  http://localhost:8080/regie/zaak?nummer=" + number(oldLate))
                .contains("- Zaak " + number(lateCase) + " (Hoorn): Brede intake afgerond, uiterlijk "
                        + dutch(today.minusDays(1)) + ", 1 dag te laat")
                .contains("Binnenkort in uw zaken, binnen de herinneringstermijn van de gemeente (1)")
                .contains("- Zaak " + number(soonCase) + " (Hoorn): PIP vastgesteld, uiterlijk "
                        + dutch(today.plusDays(3)) + ", nog 3 dagen")
                .doesNotContain(number(onSchedule)).doesNotContain(number(paused)).doesNotContain(number(closed))
                .doesNotContain(number(met)).doesNotContain("Nieuwe overschrijdingen");

        String toCoordinator = onlyMailTo(coordinator);
        assertThat(toCoordinator).startsWith("Beste Karin Kok,")
                .contains("Nieuwe overschrijdingen sinds het vorige overzicht")
                .contains("- Zaak " + number(lateCase) + " (Hoorn): Brede intake afgerond, uiterlijk "
                        + dutch(today.minusDays(1)) + ", 1 dag te laat, consulent Sanne Smit")
                .as("late before the previous day: not new").doesNotContain(number(oldLate))
                .doesNotContain(number(paused)).doesNotContain(number(closed)).doesNotContain(number(soonCase));

        assertThat(mailsTo(quiet)).as("nothing to tell, no mail").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signal_mail WHERE recipient = ?").param(quiet).query(Long.class)
                .single()).as("nothing stored either").isZero();
        assertNoBsnNorNameIn(allCases);
    }

    @Test
    void aSecondRunTheSameDaySendsNothingAndTheNextDayTellsOnlyOfNewBreaches() throws Exception {
        LocalDate today = TestDates.today();
        long lateCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(lateCase, "PIP", 1, today.minusDays(1), "OPEN", null);
        long dueToday = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(dueToday, "BREDE_INTAKE", 1, today, "OPEN", null);
        long longLate = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(longLate, "PIP", 1, today.minusDays(30), "OPEN", null);

        digest.run();
        outbox.deliver(smtp());
        int received = SMTP.getReceivedMessages().length;
        assertThat(mailsTo(consulent)).hasSize(1);
        assertThat(mailsTo(coordinator)).hasSize(1);
        assertThat(text(mailsTo(coordinator).get(0))).as("the first digest ever: every breach is new")
                .contains(number(lateCase)).contains(number(longLate)).doesNotContain(number(dueToday));

        assertThat(digest.run()).as("second run the same day").isZero();
        assertThat(outbox.deliver(smtp())).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(received);

        // the next day: the clock due yesterday became late overnight, the one late before is not new any more
        travel(today.plusDays(1));
        digest.run();
        outbox.deliver(smtp());
        assertThat(mailsTo(consulent)).as("a digest a day").hasSize(2);
        var toCoordinator = mailsTo(coordinator);
        assertThat(toCoordinator).hasSize(2);
        String second = text(toCoordinator.get(1));
        assertThat(second).contains("- Zaak " + number(dueToday) + " (Hoorn): Brede intake afgerond, uiterlijk "
                + dutch(today) + ", 1 dag te laat").doesNotContain(number(lateCase)).doesNotContain(number(longLate));
        assertThat(text(mailsTo(consulent).get(1))).as("the consulent is told of every late clock each day")
                .contains(number(lateCase)).contains(number(longLate)).contains(number(dueToday));
        assertNoBsnNorNameIn(List.of(lateCase, dueToday, longLate));
    }

    /** A real case through the engine: its PIP clock (the deadline mechanism's due and reminder days) runs late. */
    @Test
    void theClockOfACaseDrivenThroughTheModelsIsToldWithoutItsBsn() throws Exception {
        String bsn = TestBsn.next();
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        LocalDate brp = TestDates.today();
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", brp.toString());
        driver.runAsyncSteps();
        jdbc.sql("UPDATE integration_case SET consulent = ? WHERE case_number = ?").params(consulent, driver.caseNumber())
                .update();
        var pip = deadlines.findOpen(driver.caseNumber(), nl.inburgeringsregie.gemeente.Norm.PIP).orElseThrow();
        travel(pip.remindOn());

        digest.run();
        outbox.deliver(smtp());

        assertThat(onlyMailTo(consulent)).contains("- Zaak " + driver.caseNumber() + " (Hoorn): PIP vastgesteld, uiterlijk "
                + dutch(pip.dueOn()) + ", nog " + java.time.temporal.ChronoUnit.DAYS.between(pip.remindOn(), pip.dueOn())
                + " dagen");
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            assertThat(text(mail) + mail.getSubject()).doesNotContain(bsn).doesNotContain("Testpersoon");
        }
    }

    @Test
    void whenTheMailServerIsAwayTheDigestIsTriedAgainLaterAndThenSent() throws Exception {
        LocalDate today = TestDates.today();
        long lateCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(lateCase, "PIP", 1, today.minusDays(2), "OPEN", null);
        digest.run();

        JavaMailSenderImpl away = sender(freePort());
        outbox.deliver(away);
        var row = stored(consulent);
        assertThat(row.status()).isEqualTo(MailOutbox.WACHTEND);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(outbox.deliver(smtp())).as("not before the wait (a minute) has passed").isZero();
        assertThat(mailsTo(consulent)).isEmpty();

        travelBy(61);
        outbox.deliver(away);
        assertThat(stored(consulent).attempts()).isEqualTo(2);
        travelBy(60);
        assertThat(outbox.deliver(smtp())).as("the wait doubles: two minutes").isZero();
        travelBy(61);
        assertThat(outbox.deliver(smtp())).isPositive();

        assertThat(mailsTo(consulent)).hasSize(1);
        assertThat(stored(consulent).status()).isEqualTo(MailOutbox.VERZONDEN);
        assertThat(stored(consulent).attempts()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT last_error FROM signal_mail WHERE recipient = ?").param(consulent)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void afterTheLastAttemptTheDigestIsGivenUpAndShownSo() throws Exception {
        long lateCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(lateCase, "PIP", 1, TestDates.today().minusDays(2), "OPEN", null);
        digest.run();
        JavaMailSenderImpl away = sender(freePort());
        for (int attempt = 1; attempt <= 5; attempt++) {
            outbox.deliver(away);
            travelBy(60 * 60);
        }
        var row = stored(consulent);
        assertThat(row.status()).isEqualTo(MailOutbox.MISLUKT);
        assertThat(row.attempts()).isEqualTo(5);
        String error = jdbc.sql("SELECT last_error FROM signal_mail WHERE recipient = ?").param(consulent)
                .query(String.class).single();
        assertThat(error).startsWith("Mail").doesNotContain("@");
        assertThat(outbox.deliver(smtp())).isZero();

        JsonNode mine = getJsonAs(consulent, "/api/signalering/mijn-berichten");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("status").asText()).isEqualTo("MISLUKT");
        assertThat(mine.get(0).get("statusOmschrijving").asText())
                .isEqualTo("Niet verzonden: de mailserver was na 5 pogingen niet bereikbaar");
    }

    @Test
    void eachUserReadsOnlyTheirOwnDigestsNewestFirst() throws Exception {
        LocalDate today = TestDates.today();
        long lateCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(lateCase, "PIP", 1, today.minusDays(1), "OPEN", null);
        digest.run();
        travel(today.plusDays(1));
        digest.run();

        JsonNode mine = getJsonAs(consulent, "/api/signalering/mijn-berichten");
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).get("dag").asText()).isEqualTo(today.plusDays(1).toString());
        assertThat(mine.get(1).get("dag").asText()).isEqualTo(today.toString());
        assertThat(mine.get(0).get("onderwerp").asText()).isEqualTo("Termijnen " + dutch(today.plusDays(1)) + ": 1 te laat");
        assertThat(mine.get(0).get("tekst").asText()).contains(number(lateCase));
        assertThat(mine.get(0).get("aan").asText()).isEqualTo(consulent + "@inburgeringsregie.example");
        assertThat(mine.get(0).get("status").asText()).isEqualTo("WACHTEND");
        assertThat(mine.get(0).get("statusOmschrijving").asText())
                .as("the tests, as the demo, configure no mail server")
                .isEqualTo("Niet per e-mail verzonden: er is geen mailserver ingesteld; u leest het hier");

        JsonNode theirs = getJsonAs(coordinator, "/api/signalering/mijn-berichten");
        for (JsonNode mail : theirs) {
            assertThat(jdbc.sql("SELECT recipient FROM signal_mail WHERE id = ?").param(mail.get("id").asLong())
                    .query(String.class).single()).isEqualTo(coordinator);
        }
        JsonNode quietOnes = getJsonAs(quiet, "/api/signalering/mijn-berichten");
        assertThat(quietOnes).isEmpty();
        assertThat(rest.withBasicAuth("analist", "demo").getForEntity("/api/signalering/mijn-berichten", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(rest.getForEntity("/api/signalering/mijn-berichten", String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    /**
     * The count on Mijn zaken and /regie, as the digest counts: a consulent's own cases in their gemeenten, a
     * coordinator's gemeenten; paused clocks not; other groups 403.
     */
    @Test
    void theCountIsTheConsulentsOwnAndTheCoordinatorsGemeenten() throws Exception {
        LocalDate today = TestDates.today();
        JsonNode consulentBefore = getJsonAs(consulent, "/api/signalering/aantal");
        JsonNode annaBefore = getJson("consulent", "/api/signalering/aantal");
        JsonNode coordinatorBefore = getJson("coordinator", "/api/signalering/aantal");
        JsonNode hogelandBefore = getJson("coordinatorhogeland", "/api/signalering/aantal");

        long lateCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(lateCase, "PIP", 1, today.minusDays(4), "OPEN", null);
        long soonCase = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(soonCase, "PIP", 1, today.plusDays(2), "OPEN", null);
        long later = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(later, "PIP", 1, today.plusDays(40), "OPEN", null);
        long paused = newCase(HOORN, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(paused, "PIP", 1, today.minusDays(4), "OPEN", null);
        pause(paused, null, today.minusDays(10));
        // a case in Het Hogeland of the same consulent id: not one of the consulent's gemeenten
        long elsewhere = newCase(HET_HOGELAND, "GEZINSMIGRANT", null, consulent, null);
        data.deadline(elsewhere, "PIP", 1, today.minusDays(4), "OPEN", null);

        JsonNode mine = getJsonAs(consulent, "/api/signalering/aantal");
        assertThat(mine.get("teLaat").asLong()).isEqualTo(consulentBefore.get("teLaat").asLong() + 1);
        assertThat(mine.get("binnenkort").asLong()).isEqualTo(consulentBefore.get("binnenkort").asLong() + 1);
        assertThat(mine.get("eigenZaken").asBoolean()).isTrue();
        assertThat(mine.get("binnenkortUitleg").asText())
                .isEqualTo("binnen de herinneringstermijn die de gemeente per norm instelt");
        JsonNode anna = getJson("consulent", "/api/signalering/aantal");
        assertThat(anna.get("teLaat").asLong()).as("another consulent's cases").isEqualTo(annaBefore.get("teLaat").asLong());
        JsonNode westfriesland = getJson("coordinator", "/api/signalering/aantal");
        assertThat(westfriesland.get("teLaat").asLong()).isEqualTo(coordinatorBefore.get("teLaat").asLong() + 1);
        assertThat(westfriesland.get("binnenkort").asLong()).isEqualTo(coordinatorBefore.get("binnenkort").asLong() + 1);
        assertThat(westfriesland.get("eigenZaken").asBoolean()).isFalse();
        JsonNode hogeland = getJson("coordinatorhogeland", "/api/signalering/aantal");
        assertThat(hogeland.get("teLaat").asLong()).as("Het Hogeland's coordinator sees its case only")
                .isEqualTo(hogelandBefore.get("teLaat").asLong() + 1);

        for (String other : List.of("analist", "admin", "coa")) {
            var answer = rest.withBasicAuth(other, "demo").getForEntity("/api/signalering/aantal", String.class);
            assertThat(answer.getStatusCode().value()).as(other).isIn(401, 403);
        }
        var analist = rest.withBasicAuth("analist", "demo").getForEntity("/api/signalering/aantal", String.class);
        assertThat(analist.getStatusCode().value()).isEqualTo(403);
        assertThat(analist.getBody()).contains("Geen toegang");
        assertThat(rest.getForEntity("/api/signalering/aantal", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("consulent", "demo").postForEntity("/api/signalering/aantal", null, String.class)
                .getStatusCode().value()).as("only GET").isIn(403, 405);
    }

    // --- helpers

    private String user(String id, String first, String last, String group, String gemeente) {
        IdentityService identity = engine.getIdentityService();
        var user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(id + "@inburgeringsregie.example");
        user.setPassword("demo-" + id);
        identity.saveUser(user);
        identity.createMembership(id, group);
        identity.createTenantUserMembership(gemeente, id);
        users.add(id);
        return id;
    }

    private JsonNode getJsonAs(String user, String path) throws Exception {
        var answer = rest.withBasicAuth(user, "demo-" + user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private void pause(long caseId, String norm, LocalDate from) {
        jdbc.sql("""
                INSERT INTO case_suspension (case_id, starts_on, phase_before, started_by, recorded_at, norm, reason_kind)
                VALUES (?, ?, 'INBURGEREN', 'test', ?, ?, ?)""")
                .params(caseId, from, OffsetDateTime.now(ZoneOffset.UTC), norm, norm == null ? null : "ZIEKTE").update();
    }

    private long newCase(String gemeente, String doelgroep, String leerroute, String consulent, LocalDate closedOn) {
        long caseId = data.newCase(gemeente, doelgroep, leerroute, consulent, closedOn);
        created.add(caseId);
        return caseId;
    }

    private void previousDigestOn(LocalDate day) {
        jdbc.sql("INSERT INTO signal_digest_run (digest_day, ran_at) VALUES (?, ?)")
                .params(day, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    private String number(long caseId) {
        return data.caseNumber(caseId);
    }

    private void travel(LocalDate day) {
        ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(7, 0).atZone(CaseDriver.NL).toInstant()));
    }

    private void travelBy(long seconds) {
        ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(seconds)));
    }

    private MailOutbox.StoredMail stored(String recipient) {
        return outbox.of(recipient, 1).get(0);
    }

    private static JavaMailSenderImpl smtp() {
        return sender(SMTP.getSmtp().getPort());
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<MimeMessage> mailsTo(String user) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(user + "@inburgeringsregie.example"))) {
                found.add(mail);
            }
        }
        return found;
    }

    private static String onlyMailTo(String user) throws Exception {
        var mails = mailsTo(user);
        assertThat(mails).as("mails to " + user).hasSize(1);
        return text(mails.get(0));
    }

    private static String subjectTo(String user) throws Exception {
        return mailsTo(user).get(0).getSubject();
    }

    private static String text(MimeMessage mail) throws Exception {
        return mail.getContent().toString().replace("\r\n", "\n");
    }

    /** No BSN and no name of an inburgeraar in any mail received, subject or body (issue 19: "No BSN in any mail"). */
    private void assertNoBsnNorNameIn(List<Long> caseIds) throws Exception {
        for (long caseId : caseIds) {
            var person = jdbc.sql("""
                    SELECT p.bsn, p.given_names, p.surname FROM person p JOIN integration_case c ON c.person_id = p.id
                    WHERE c.id = ?""").param(caseId)
                    .query((row, n) -> new String[] {row.getString("bsn"),
                            row.getString("given_names") + " " + row.getString("surname")})
                    .single();
            for (MimeMessage mail : SMTP.getReceivedMessages()) {
                assertThat(mail.getSubject() + "\n" + text(mail)).doesNotContain(person[0]).doesNotContain(person[1]);
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM signal_mail WHERE body LIKE ? OR subject LIKE ?")
                    .params("%" + person[0] + "%", "%" + person[0] + "%").query(Long.class).single())
                    .as("no stored digest holds the BSN").isZero();
        }
    }
}
