package nl.inburgeringsregie.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The prod profile invents no database, no gemeenten and no administrator: it stops at once, naming what is
 * missing, instead of failing later with a puzzling message — or offering Camunda's anonymous setup page to
 * whoever comes first (issue 16, point 1).
 */
public class ProdSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final List<String> REQUIRED = List.of("INBURGERING_DB_URL", "INBURGERING_DB_USER",
            "INBURGERING_GEMEENTE_MIGRATIONS", "INBURGERING_BEHEERDER", "INBURGERING_BEHEERDER_WACHTWOORD");
    /** Our choice: at least as long as Camunda's password policy asks (10), with a margin. */
    static final int MINIMUM_ADMIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        checkSingleSignOn(environment);
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        var missing = REQUIRED.stream().filter(key -> !environment.containsProperty(key)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Het profiel prod heeft deze instellingen nodig: "
                    + String.join(", ", missing) + " (zie README, Production)");
        }
        String password = environment.getProperty("INBURGERING_BEHEERDER_WACHTWOORD", "");
        if (password.length() < MINIMUM_ADMIN_PASSWORD_LENGTH
                || password.equals(environment.getProperty("INBURGERING_BEHEERDER"))) {
            throw new IllegalStateException("INBURGERING_BEHEERDER_WACHTWOORD moet minstens "
                    + MINIMUM_ADMIN_PASSWORD_LENGTH + " tekens lang zijn en mag niet gelijk zijn aan de gebruikersnaam "
                    + "(zie README, Production)");
        }
        // the links in the daily digest (signalering) lead to the case page: with a mail server they must not point at
        // localhost, where no user's browser finds the application
        if (!environment.getProperty("spring.mail.host", "").isBlank()
                && environment.getProperty("INBURGERING_BASIS_URL", "").isBlank()) {
            throw new IllegalStateException("Met een mailserver (spring.mail.host) heeft het profiel prod ook "
                    + "INBURGERING_BASIS_URL nodig: het adres van de applicatie waarnaar de links in de e-mail wijzen "
                    + "(zie README, Production)");
        }
    }

    /** The settings single sign-on cannot do without (docs/operations.md, Identity provider), in every profile. */
    static final List<String> OIDC_REQUIRED = List.of(
            "spring.security.oauth2.client.registration." + SignOn.REGISTRATION + ".client-id",
            "spring.security.oauth2.client.registration." + SignOn.REGISTRATION + ".client-secret",
            "spring.security.oauth2.client.provider." + SignOn.REGISTRATION + ".issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.audiences");

    /**
     * oidc mode without the identity provider's settings would leave people without a way in (or, worse, programs
     * with tokens of any audience): it stops at once, naming the settings (and their environment variables).
     */
    static void checkSingleSignOn(ConfigurableEnvironment environment) {
        if (!SignOn.oidc(environment)) {
            return;
        }
        var missing = OIDC_REQUIRED.stream().filter(key -> environment.getProperty(key, "").isBlank())
                .map(key -> key + " (" + key.toUpperCase().replace('.', '_').replace("-", "") + ")").toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("inburgering.aanmelding.modus oidc heeft deze instellingen nodig: "
                    + String.join(", ", missing) + " (zie docs/operations.md, Identity provider (OIDC))");
        }
        if (Binder.get(environment).bind("inburgering.oidc.rollen", Bindable.mapOf(String.class, String.class))
                .map(Map::isEmpty).orElse(true)) {
            throw new IllegalStateException("inburgering.aanmelding.modus oidc heeft inburgering.oidc.rollen nodig: "
                    + "welke groep van de identity provider welke rol geeft (zie docs/operations.md, Identity provider "
                    + "(OIDC))");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
