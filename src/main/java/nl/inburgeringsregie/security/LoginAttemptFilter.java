package nl.inburgeringsregie.security;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before any login is checked: remembers the client's address for the identity service, and refuses a password
 * attempt (HTTP Basic, or a login form posted) from an address that must still wait after too many failed logins:
 * 429 with Retry-After and a Dutch message (issue 16, point 2). A system account's token or certificate is never
 * held up: guessing passwords from a shared address (NAT, a proxy) must not delay DUO or COA. This is the quick
 * answer; the binding one, atomic for parallel requests, is {@link GuardedIdentityProvider}'s booking of each
 * password attempt ({@link LoginThrottle#tryAttempt}).
 */
class LoginAttemptFilter extends OncePerRequestFilter {

    /** The login forms: /regie's and the Camunda webapps'. */
    private static final Pattern LOGIN_FORM = Pattern.compile(
            "/regie/inloggen|/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private final LoginThrottle throttle;

    LoginAttemptFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        ClientAddress.set(address);
        try {
            var wait = isLoginAttempt(request) ? throttle.waitFor(address) : java.util.Optional.<Duration>empty();
            if (wait.isPresent()) {
                tooManyFailures(response, wait.get());
                return;
            }
            chain.doFilter(request, response);
        } finally {
            ClientAddress.clear();
        }
    }

    private static boolean isLoginAttempt(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || "POST".equals(request.getMethod()) && LOGIN_FORM.matcher(request.getRequestURI()).matches();
    }

    private static void tooManyFailures(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemAnswers.write(response, 429, "Te veel mislukte aanmeldingen",
                "Vanaf uw adres is te vaak onjuist aangemeld. Probeer het over " + seconds + " seconden opnieuw.");
    }
}
