package nl.inburgeringsregie.models;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.ApiUser;

/**
 * Runs engine calls as the analist, so Camunda's authorizations and tenant checks apply to them: what an
 * analist sees of running cases — counts, where cases wait, which cases a migration covers — is limited to the
 * gemeenten they work for.
 */
@Component
public class AsAnalist {

    private final IdentityService identityService;

    public AsAnalist(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(ApiUser analist, Supplier<T> work) {
        return call(analist, analist.gemeenten(), work);
    }

    /** As the analist, but for the gemeenten given (those of the migration they act on). */
    public <T> T call(ApiUser analist, Collection<String> gemeenten, Supplier<T> work) {
        identityService.setAuthentication(analist.id(), List.copyOf(analist.groups()), List.copyOf(gemeenten));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void run(ApiUser analist, Collection<String> gemeenten, Runnable work) {
        call(analist, gemeenten, () -> {
            work.run();
            return null;
        });
    }
}
