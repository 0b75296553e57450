package nl.inburgeringsregie.zaak;

/**
 * The words of the leerroute a case stores by its code ({@code B1_ROUTE} is "B1-route"): a port, because the
 * enumeration that owns the route and its label is pip's {@code Leerroute} (pip knows zaak, not the other way round).
 */
public interface RouteNames {

    /** The route's label; null stays null, an unknown code is shown as it is. */
    String label(String leerroute);
}
