package nl.inburgeringsregie.shared;

import java.util.Set;

/** An authenticated user of the application's own API: Camunda user id, groups and gemeenten (tenants). */
public record ApiUser(String id, Set<String> groups, Set<String> gemeenten) {
}
