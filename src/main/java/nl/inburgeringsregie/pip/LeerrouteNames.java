package nl.inburgeringsregie.pip;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import nl.inburgeringsregie.zaak.RouteNames;

/** {@link RouteNames} from {@link Leerroute#label()}: the one place a route's words are kept. */
@Component
class LeerrouteNames implements RouteNames {

    @Override
    public String label(String leerroute) {
        if (leerroute == null) {
            return null;
        }
        return Arrays.stream(Leerroute.values()).filter(route -> route.name().equals(leerroute)).findFirst()
                .map(Leerroute::label).orElse(leerroute);
    }
}
