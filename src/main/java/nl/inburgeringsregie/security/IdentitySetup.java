package nl.inburgeringsregie.security;

import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.shared.StartupOrder;

/**
 * Brings Camunda's identity data in line with the application at every start, in every profile:
 * the groups, one tenant per gemeente, the authorizations per group and the Tasklist filters.
 * Users are not created here: the demo profile creates demo users, production uses its own.
 */
@Component
class IdentitySetup {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identityService;
    private final AuthorizationGrants grants;
    private final GemeenteService gemeenten;
    private final TasklistFilters filters;

    IdentitySetup(IdentityService identityService, AuthorizationGrants grants,
            GemeenteService gemeenten, TasklistFilters filters) {
        this.identityService = identityService;
        this.grants = grants;
        this.gemeenten = gemeenten;
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.IDENTITY)
    void setUp() {
        Groups.ALL.forEach(this::ensureGroup);
        gemeenten.findAll().forEach(gemeente -> ensureTenant(gemeente.code(), gemeente.name()));
        Stream.concat(GroupPermissions.GRANTS.stream(), GroupPermissions.adminGrants().stream()).forEach(grants::grant);
        filters.ensureFilters();
        LOG.info("Groepen, gemeenten (tenants), autorisaties en takenfilters bijgewerkt");
    }

    private void ensureGroup(String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            var group = identityService.newGroup(groupId);
            group.setName(Groups.displayName(groupId));
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void ensureTenant(String code, String name) {
        if (identityService.createTenantQuery().tenantId(code).count() == 0) {
            var tenant = identityService.newTenant(code);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
    }
}
