package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The configurable mapping of the identity provider's groups (issue 21, point 1: "Roles and gemeenten come from the
 * token's group claims through a configurable mapping (claim name, group → role, group → gemeente tenant)"), and the
 * settings oidc mode cannot start without.
 */
class IdentityProviderGroupsTest {

    private static final Map<String, Object> MAPPING = Map.of(
            "inburgering.oidc.groepen-claim", "roles",
            "inburgering.oidc.rollen.[/Regie/Consulenten]", "consulenten",
            "inburgering.oidc.rollen.[5f1c0a3e-9c7b-4a51-8f0e-3b2d1c4a5e6f]", "coordinatoren",
            "inburgering.oidc.gemeenten.[/Gemeenten/Hoorn]", "GM0405",
            "inburgering.oidc.gemeenten.[/Gemeenten/Enkhuizen]", "GM0388");

    @Test
    void mapsGroupsWithSlashesAndEntraObjectIdsToRolesAndGemeenten() {
        var user = mapping(MAPPING).map(Map.of("preferred_username", "anna", "given_name", "Anna", "family_name",
                "de Vries", "email", "anna@hoorn.example", "roles",
                List.of("/Regie/Consulenten", "5f1c0a3e-9c7b-4a51-8f0e-3b2d1c4a5e6f", "/Gemeenten/Hoorn", "/Kantine")))
                .orElseThrow();
        assertThat(user.id()).isEqualTo("anna");
        assertThat(user.groups()).containsExactlyInAnyOrder("consulenten", "coordinatoren");
        assertThat(user.gemeenten()).containsExactly("GM0405");
        assertThat(user.firstName() + " " + user.lastName() + " " + user.email())
                .isEqualTo("Anna de Vries anna@hoorn.example");
    }

    @Test
    void readsGroupsGivenAsOneText() {
        var user = mapping(MAPPING).map(Map.of("preferred_username", "anna", "roles", "/Regie/Consulenten /Gemeenten/Enkhuizen"))
                .orElseThrow();
        assertThat(user.gemeenten()).containsExactly("GM0388");
    }

    @Test
    void aUserWithoutAGroupThatGivesARoleHasNoAccessWhateverTheirGemeenten() {
        assertThat(mapping(MAPPING).map(Map.of("preferred_username", "bob", "roles", List.of("/Gemeenten/Hoorn"))))
                .isEmpty();
        assertThat(mapping(MAPPING).map(Map.of("preferred_username", "bob"))).as("no groups claim").isEmpty();
        assertThat(mapping(MAPPING).map(Map.of("roles", List.of("/Regie/Consulenten")))).as("no user id").isEmpty();
    }

    @Test
    void systemAccountGroupsCannotBeGivenThroughTheIdentityProvider() {
        var settings = new HashMap<>(MAPPING);
        settings.put("inburgering.oidc.rollen.[/Koppelingen]", "koppelingen");
        assertThatThrownBy(() -> mapping(settings)).hasMessageContaining("wijst naar 'koppelingen'");
    }

    @Test
    void oidcModeNamesTheMissingSettingsAndTheirEnvironmentVariables() {
        var environment = environment(Map.of("inburgering.aanmelding.modus", "oidc"));
        assertThatThrownBy(() -> ProdSettingsCheck.checkSingleSignOn(environment))
                .hasMessageContaining("inburgering.aanmelding.modus oidc heeft deze instellingen nodig")
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_GEMEENTE_CLIENTID")
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_GEMEENTE_ISSUERURI")
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES");

        var withoutRoles = new HashMap<String, Object>();
        withoutRoles.put("inburgering.aanmelding.modus", "oidc");
        ProdSettingsCheck.OIDC_REQUIRED.forEach(key -> withoutRoles.put(key, "gezet"));
        assertThatThrownBy(() -> ProdSettingsCheck.checkSingleSignOn(environment(withoutRoles)))
                .hasMessageContaining("inburgering.oidc.rollen");

        withoutRoles.putAll(MAPPING);
        ProdSettingsCheck.checkSingleSignOn(environment(withoutRoles));
        ProdSettingsCheck.checkSingleSignOn(environment(Map.of()));
        assertThatThrownBy(() -> ProdSettingsCheck.checkSingleSignOn(environment(Map.of("inburgering.aanmelding.modus",
                "ldap")))).hasMessageContaining("kies lokaal of oidc");
    }

    private static IdentityProviderGroups mapping(Map<String, Object> settings) {
        return new IdentityProviderGroups(environment(settings));
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return environment;
    }
}
