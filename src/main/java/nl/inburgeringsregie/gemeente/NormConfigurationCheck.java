package nl.inburgeringsregie.gemeente;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a gemeente lacks one of the norms: every clock in the models needs its
 * period, so a missing one would only surface when a case reaches it.
 */
@Component
class NormConfigurationCheck {

    private final GemeenteService gemeenten;

    NormConfigurationCheck(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void everyGemeenteHasEveryNorm() {
        var missing = gemeenten.missingNorms();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Normen ontbreken in gemeente_norm (gemeente en norm): "
                    + String.join(", ", missing) + ". Voeg ze toe met een Flyway-migratie.");
        }
    }
}
