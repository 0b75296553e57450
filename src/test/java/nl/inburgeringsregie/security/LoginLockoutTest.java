package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Logins;

/**
 * Issue 16, point 2: failed logins never lock an account for good. System accounts log in with a token only, so
 * strangers cannot lock them out; people get a temporary, growing delay per account (the engine's) and per client
 * address (LoginThrottle); failed logins are logged without the password. Each test acts from addresses of its
 * own (X-Forwarded-For, as behind production's proxy) and its own person, so other tests are not delayed.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String PERSON = "wachtende";
    private static final String PASSWORD = "een-goed-wachtwoord";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void aConsulentOfHisOwn() {
        var user = identityService.newUser(PERSON);
        user.setFirstName("Wim");
        user.setLastName("Wachtend");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(PERSON, Groups.CONSULENTEN);
    }

    @AfterEach
    void removeHimAndResetTheClock() {
        ClockUtil.reset();
        identityService.deleteUser(PERSON);
    }

    @Test
    void strangersGuessingPasswordsCannotLockOutTheSystemAccounts() {
        for (int attempt = 0; attempt < 15; attempt++) {
            String address = newAddress();
            assertThat(basic("coa", "geraden-" + attempt, address, HttpMethod.POST, "/api/aanmeldingen").getStatusCode()
                    .value()).isEqualTo(401);
            assertThat(basic("duo", "geraden-" + attempt, address, HttpMethod.POST, "/notificaties").getStatusCode()
                    .value()).isEqualTo(401);
        }
        // Not even the demo password: system accounts have none
        assertThat(basic("coa", "demo", newAddress(), HttpMethod.POST, "/api/aanmeldingen").getStatusCode().value())
                .isEqualTo(401);

        // Authenticated with their tokens, so their (empty) requests reach the checks of the API: 400, not 401
        var coa = Logins.as(rest, "coa").exchange("/api/aanmeldingen", HttpMethod.POST, json("{}", newAddress()),
                String.class);
        var duo = Logins.as(rest, "duo").exchange("/notificaties", HttpMethod.POST, json("{}", newAddress()),
                String.class);
        assertThat(coa.getStatusCode().value()).as(coa.getBody()).isEqualTo(400);
        assertThat(duo.getStatusCode().value()).as(duo.getBody()).isEqualTo(400);
        assertThat(Logins.withToken(rest, "een-geraden-token").exchange("/api/aanmeldingen", HttpMethod.POST,
                json("{}", newAddress()), String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aPersonWaitsAfterWrongPasswordsButIsNeverLockedForGood() {
        Instant start = Instant.now();
        // Each wrong password after the previous delay has passed, so that each one counts (Camunda's default
        // would lock the account for good at the tenth)
        for (int attempt = 0; attempt < 12; attempt++) {
            ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61L * attempt)));
            assertThat(basic(PERSON, "fout-" + attempt, newAddress(), HttpMethod.GET, "/api/zaken/INB-2026-999999")
                    .getStatusCode().value()).isEqualTo(401);
        }

        assertThat(basic(PERSON, PASSWORD, newAddress(), HttpMethod.GET, "/api/zaken/INB-2026-999999")
                .getStatusCode().value()).as("the engine's delay for this account").isEqualTo(401);

        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61L * 12)));
        assertThat(basic(PERSON, PASSWORD, newAddress(), HttpMethod.GET, "/api/zaken/INB-2026-999999")
                .getStatusCode().value()).as("after at most a minute").isEqualTo(404);
    }

    @Test
    void anAddressWithTooManyFailedLoginsWaitsWhileOthersGoOn() {
        Instant now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now));
        String guesser = newAddress();
        for (int attempt = 0; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
            assertThat(basic("onbekend-" + attempt, "fout", guesser, HttpMethod.GET, "/api/zaken/INB-2026-999999")
                    .getStatusCode().value()).isEqualTo(401);
        }

        var waiting = basic(PERSON, PASSWORD, guesser, HttpMethod.GET, "/api/zaken/INB-2026-999999");
        var webappLogin = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                form("username=" + PERSON + "&password=" + PASSWORD, guesser), String.class);
        assertThat(waiting.getStatusCode().value()).isEqualTo(429);
        assertThat(waiting.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(waiting.getBody()).contains("Vanaf uw adres is te vaak onjuist aangemeld. Probeer het over 1 seconden");
        assertThat(webappLogin.getStatusCode().value()).isEqualTo(429);
        assertThat(basic(PERSON, PASSWORD, newAddress(), HttpMethod.GET, "/api/zaken/INB-2026-999999")
                .getStatusCode().value()).as("another address").isEqualTo(404);
        var duo = Logins.as(rest, "duo").exchange("/notificaties", HttpMethod.POST, json("{}", guesser), String.class);
        assertThat(duo.getStatusCode().value()).as("a system account's token from that address: not held up")
                .isEqualTo(400);

        ClockUtil.setCurrentTime(Date.from(now.plusSeconds(2)));
        assertThat(basic(PERSON, PASSWORD, guesser, HttpMethod.GET, "/api/zaken/INB-2026-999999")
                .getStatusCode().value()).as("after the delay").isEqualTo(404);
    }

    /**
     * Parallel requests all pass the filter's quick check before the first of them fails; the identity service
     * books each attempt before checking it, so once the address must wait, even the right password is not checked.
     */
    @Test
    void attemptsThatGotPastTheFilterAreRefusedUncheckedOnceTheAddressMustWait(CapturedOutput output) {
        String guesser = newAddress();
        ClientAddress.set(guesser);
        try {
            for (int attempt = 0; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
                assertThat(identityService.checkPassword("onbekend-" + attempt, "fout")).isFalse();
            }
            assertThat(identityService.checkPassword(PERSON, PASSWORD)).isFalse();
        } finally {
            ClientAddress.clear();
        }
        assertThat(output.getAll()).contains("Aanmelding geweigerd voor gebruiker '" + PERSON + "' vanaf " + guesser)
                .doesNotContain(PASSWORD);
    }

    @Test
    void aFailedLoginIsLoggedWithItsUserAndAddressButNotThePassword(CapturedOutput output) {
        String address = newAddress();

        basic("iemand-onbekends", "Zeer-Geheim-Wachtwoord-42", address, HttpMethod.GET, "/api/zaken/INB-2026-999999");

        assertThat(output.getAll()).contains("Aanmelding mislukt voor gebruiker 'iemand-onbekends' vanaf " + address)
                .doesNotContain("Zeer-Geheim-Wachtwoord-42");
    }

    private ResponseEntity<String> basic(String user, String password, String address, HttpMethod method, String path) {
        var headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", address);
        return rest.exchange(path, method, new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers),
                String.class);
    }

    private static HttpEntity<String> json(String body, String address) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", address);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<String> form(String body, String address) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-Forwarded-For", address);
        return new HttpEntity<>(body, headers);
    }

    /** An address of the documentation range (RFC 5737), new for every call. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }
}
