package nl.inburgeringsregie.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's identity service with the application's login rules, so they hold for every login — the Camunda
 * webapps, Camunda's REST API, the application's API and /regie (issue 16, point 2): system accounts never log
 * in with a password; every password attempt is booked with the client's address before the password is checked
 * ({@link LoginThrottle#tryAttempt}: refused unchecked while the address must wait, counted as a failure unless it
 * succeeds); every failed or refused login is logged (user and address, never the password). The delay per account
 * is the engine's own.
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedIdentityProvider.class);

    private final LoginThrottle throttle;

    GuardedIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        String address = ClientAddress.current();
        if (!throttle.tryAttempt(address)) {
            LOG.warn("Aanmelding geweigerd voor gebruiker '{}' vanaf {}: dit adres moet nog wachten", LogText.of(userId),
                    address);
            return false;
        }
        boolean passed = userId != null && !isSystemAccount(userId) && super.checkPassword(userId, password);
        if (passed) {
            throttle.succeeded(address);
        } else {
            LOG.warn("Aanmelding mislukt voor gebruiker '{}' vanaf {}", LogText.of(userId),
                    address == null ? "onbekend adres" : address);
        }
        return passed;
    }

    private boolean isSystemAccount(String userId) {
        return createGroupQuery().groupMember(userId).groupIdIn(SystemAccounts.GROUPS.toArray(String[]::new))
                .count() > 0;
    }

    /** Gives the engine this identity provider instead of its own. */
    static SessionFactory factory(LoginThrottle throttle) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return GuardedIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new GuardedIdentityProvider(throttle);
            }
        };
    }
}
