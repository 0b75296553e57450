package nl.inburgeringsregie.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Groups;

/**
 * The one translation of the identity provider's groups into the application's roles and gemeenten (issue 21, point 1:
 * "Roles and gemeenten come from the token's group claims through a configurable mapping"), for the login of people
 * and for bearer tokens alike:
 * <ul>
 * <li>{@code inburgering.oidc.groepen-claim} — the claim with the user's groups (default {@code groups});</li>
 * <li>{@code inburgering.oidc.gebruikersnaam-claim} — the claim with the user id (default {@code preferred_username});
 * the user id must suit Camunda's user ids (letters and digits by default);</li>
 * <li>{@code inburgering.oidc.rollen.[idp-group]} — an application group ({@link Groups}) per IdP group;</li>
 * <li>{@code inburgering.oidc.gemeenten.[idp-group]} — a gemeente code (Camunda tenant) per IdP group.</li>
 * </ul>
 * A user with no group mapped to a role has no access, whatever gemeenten their groups give. System account groups
 * cannot be given through the identity provider: system accounts never log in as a person.
 */
@Component
class IdentityProviderGroups {

    /** A person as the identity provider describes them, in the application's terms. */
    record MappedUser(String id, Set<String> groups, Set<String> gemeenten, String firstName, String lastName,
            String email) {

        ApiUser apiUser() {
            return new ApiUser(id, groups, gemeenten);
        }
    }

    private final String groupsClaim;
    private final String userIdClaim;
    private final Map<String, String> roles;
    private final Map<String, String> gemeenten;

    IdentityProviderGroups(Environment environment) {
        Binder binder = Binder.get(environment);
        this.groupsClaim = environment.getProperty("inburgering.oidc.groepen-claim", "groups");
        this.userIdClaim = environment.getProperty("inburgering.oidc.gebruikersnaam-claim", "preferred_username");
        this.roles = binder.bind("inburgering.oidc.rollen", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        this.gemeenten = binder.bind("inburgering.oidc.gemeenten", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        roles.forEach((idpGroup, group) -> {
            if (!Groups.ALL.contains(group) || SystemAccounts.GROUPS.contains(group)) {
                throw new IllegalStateException("inburgering.oidc.rollen: '" + idpGroup + "' wijst naar '" + group
                        + "'; kies een van " + Groups.ALL.stream().filter(g -> !SystemAccounts.GROUPS.contains(g))
                                .toList());
            }
        });
    }

    /** The user, or nothing when the token names no user or none of their groups is mapped to a role. */
    Optional<MappedUser> map(Map<String, Object> claims) {
        String id = text(claims.get(userIdClaim));
        if (id == null) {
            return Optional.empty();
        }
        List<String> idpGroups = groupsOf(claims.get(groupsClaim));
        Set<String> groups = mapped(idpGroups, roles);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MappedUser(id, groups, mapped(idpGroups, gemeenten), text(claims.get("given_name")),
                text(claims.get("family_name")), text(claims.get("email"))));
    }

    /** The user id a token names, for the log of a refused login. */
    String userId(Map<String, Object> claims) {
        return text(claims.get(userIdClaim));
    }

    private static Set<String> mapped(List<String> idpGroups, Map<String, String> mapping) {
        return idpGroups.stream().map(mapping::get).filter(value -> value != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A JSON list of groups, or one text with groups separated by spaces or commas. */
    private static List<String> groupsOf(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        String text = text(claim);
        return text == null ? List.of() : List.of(text.split("[,\\s]+"));
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }
}
