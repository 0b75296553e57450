package nl.inburgeringsregie.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.shared.People;

/**
 * Names of users from Camunda's identity service (first and last name, as the demo users and
 * production's identity provider give them), names of groups from {@link Groups#displayName}.
 */
@Component
class IdentityPeople implements People {

    private final IdentityService identityService;

    IdentityPeople(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Map<String, String> names(Collection<String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return identityService.createUserQuery().userIdIn(ids).list().stream()
                .filter(user -> fullName(user) != null)
                .collect(Collectors.toMap(User::getId, IdentityPeople::fullName));
    }

    @Override
    public String groupName(String groupId) {
        return groupId == null ? null : Groups.displayName(groupId);
    }

    @Override
    public Map<String, String> consulentenOf(String gemeenteCode) {
        return membersOf(Groups.CONSULENTEN, gemeenteCode);
    }

    @Override
    public Map<String, String> coordinatorenOf(String gemeenteCode) {
        return membersOf(Groups.COORDINATOREN, gemeenteCode);
    }

    @Override
    public Map<String, String> emailAddresses(Collection<String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return identityService.createUserQuery().userIdIn(ids).list().stream()
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .collect(Collectors.toMap(User::getId, user -> user.getEmail().strip()));
    }

    /** The members of the role's group who serve the gemeente: its tenant's members, themselves or through a group. */
    private Map<String, String> membersOf(String role, String gemeenteCode) {
        var members = new HashMap<String, String>();
        identityService.createUserQuery().memberOfGroup(role).memberOfTenant(gemeenteCode).list()
                .forEach(user -> members.put(user.getId(), nameOrId(user)));
        // Camunda's user query counts only a user's own tenant memberships; a group can serve a gemeente too
        for (Group group : identityService.createGroupQuery().memberOfTenant(gemeenteCode).list()) {
            var inGroup = identityService.createUserQuery().memberOfGroup(group.getId()).list();
            if (!inGroup.isEmpty()) {
                var ids = identityService.createUserQuery().memberOfGroup(role)
                        .userIdIn(inGroup.stream().map(User::getId).toArray(String[]::new)).list();
                ids.forEach(user -> members.put(user.getId(), nameOrId(user)));
            }
        }
        return members;
    }

    private static String nameOrId(User user) {
        String name = fullName(user);
        return name == null ? user.getId() : name;
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? null : name;
    }
}
