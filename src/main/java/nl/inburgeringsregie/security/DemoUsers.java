package nl.inburgeringsregie.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.shared.StartupOrder;

/** The demo users (README lists them). Only in the demo profile; created once, kept across restarts. */
@Component
@Profile("demo")
public class DemoUsers {

    static final String PASSWORD = "demo";
    /** The seven gemeenten of the RIT Westfriesland. */
    public static final Set<String> WESTFRIESLAND = Set.of("GM0498", "GM0388", "GM0405", "GM1598", "GM0420", "GM0431",
            "GM0532");
    public static final Set<String> HET_HOGELAND = Set.of("GM1966");
    public static final Set<String> ALL_GEMEENTEN = union(WESTFRIESLAND, HET_HOGELAND);

    record DemoUser(String id, String firstName, String lastName, String group, Set<String> gemeenten) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("consulent", "Anna", "de Vries", Groups.CONSULENTEN, WESTFRIESLAND),
            new DemoUser("consulenthogeland", "Bram", "Bakker", Groups.CONSULENTEN, HET_HOGELAND),
            /* A second consulent of the RIT: the coordinator can hand Anna's cases to her (issue 19, point 4). */
            new DemoUser("consulent2", "Fatima", "El Amrani", Groups.CONSULENTEN, WESTFRIESLAND),
            new DemoUser("coordinator", "Carla", "Jansen", Groups.COORDINATOREN, WESTFRIESLAND),
            /* A second coordinator of Westfriesland: approves an extension beyond the maximum (four eyes, issue 19). */
            new DemoUser("coordinator2", "Cees", "Mulder", Groups.COORDINATOREN, WESTFRIESLAND),
            /* Het Hogeland's own coordinator: without one its escalations reach nobody (issue 19, point 8). */
            new DemoUser("coordinatorhogeland", "Femke", "Mulder", Groups.COORDINATOREN, HET_HOGELAND),
            new DemoUser("analist", "Daan", "Visser", Groups.ANALISTEN, ALL_GEMEENTEN),
            new DemoUser("admin", "Eva", "Smit", Groups.ADMIN, ALL_GEMEENTEN),
            /* The privacy officer: reads the processing log per BSN for an inzageverzoek (issue 21, point 3). */
            new DemoUser("privacy", "Priya", "Ramdin", Groups.PRIVACY, ALL_GEMEENTEN),
            /* The archivist: legal holds and the second pair of eyes on a destruction list (issue 21, point 4). */
            new DemoUser("archivaris", "Arjen", "de Boer", Groups.ARCHIVARISSEN, WESTFRIESLAND),
            /* The system accounts: their tokens are in application-demo.yaml */
            new DemoUser("coa", "COA", "koppeling", Groups.KOPPELINGEN, ALL_GEMEENTEN),
            /* The gemeente's M2M account at the DUO simulator (in production: the PKIoverheid certificate). */
            new DemoUser("m2m", "Gemeente", "M2M-koppeling", Groups.KOPPELINGEN, ALL_GEMEENTEN),
            /* DUO's account on the Notificatie API, used by the DUO simulator. */
            new DemoUser("duo", "DUO", "notificaties", Groups.DUO, Set.of()),
            /* The monitoring's account: reads /actuator/prometheus and /actuator/health, nothing else. */
            new DemoUser("prometheus", "Prometheus", "monitoring", Groups.MONITORING, Set.of()));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEMO_DATA)
    public void createDemoUsers() {
        USERS.forEach(this::ensure);
    }

    private void ensure(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            var user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@inburgeringsregie.example");
            // System accounts log in with their token (SystemAccounts), never with a password: theirs is unknown
            user.setPassword(isSystemAccount(demo) ? UUID.randomUUID() + "-" + UUID.randomUUID() : PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
            identityService.createMembership(demo.id(), demo.group());
        }
        for (String gemeente : demo.gemeenten()) {
            if (identityService.createTenantQuery().tenantId(gemeente).userMember(demo.id()).count() == 0) {
                identityService.createTenantUserMembership(gemeente, demo.id());
            }
        }
    }

    private static boolean isSystemAccount(DemoUser demo) {
        return SystemAccounts.GROUPS.contains(demo.group());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
