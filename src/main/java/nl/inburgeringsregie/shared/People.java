package nl.inburgeringsregie.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The names of users and groups as people read them, from the identity service (port; see security):
 * a consulent is "Anna de Vries", not "consulent"; the group coordinatoren is "Coördinatoren".
 */
public interface People {

    /** The full names of the users known among the ids, in one query; an unknown id is absent. */
    Map<String, String> names(Collection<String> userIds);

    /**
     * The full name of one user, "Anna de Vries"; the id itself when the identity service knows no name (a system
     * account such as {@code coa}), null for null.
     */
    default String name(String userId) {
        return userId == null ? null : names(java.util.List.of(userId)).getOrDefault(userId, userId);
    }

    /** The Dutch name of a group; an unknown group as its id. */
    String groupName(String groupId);

    /**
     * The consulenten who serve the gemeente: members of the group consulenten who are members of the gemeente's
     * tenant, themselves or through one of their groups (as {@code ApiUser#gemeenten} counts them), with their full
     * names (the id when the identity service knows no name). The choice of a coordinator who hands a case over.
     */
    Map<String, String> consulentenOf(String gemeenteCode);

    /**
     * The coordinatoren of the gemeente, found as {@link #consulentenOf} finds consulenten (group coordinatoren and
     * the gemeente's tenant, themselves or through a group), with their full names: who gets the gemeente's new
     * breaches in the daily digest (issue 19, point 6).
     */
    Map<String, String> coordinatorenOf(String gemeenteCode);

    /** The e-mail addresses of the users among the ids that have one, in one query; a user without one is absent. */
    Map<String, String> emailAddresses(Collection<String> userIds);
}
