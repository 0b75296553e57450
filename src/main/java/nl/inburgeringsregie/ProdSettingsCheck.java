package nl.inburgeringsregie;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The prod profile invents no database and no gemeenten: it stops at once, naming what is missing,
 * instead of failing later with a puzzling message.
 */
public class ProdSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final List<String> REQUIRED = List.of("INBURGERING_DB_URL", "INBURGERING_DB_USER",
            "INBURGERING_GEMEENTE_MIGRATIONS");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        var missing = REQUIRED.stream().filter(key -> !environment.containsProperty(key)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Het profiel prod heeft deze instellingen nodig: "
                    + String.join(", ", missing) + " (zie README, Production)");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
